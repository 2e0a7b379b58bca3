//! Typed structs for the standard JSON benchmark corpora (`twitter.json`,
//! `citm_catalog.json`, `canada.json`; `$KCODEC_JSON_BENCH_DATA`), in the shapes of the
//! serde-rs json-benchmark, so kcodec's figures can be set beside published ones.
//!
//! Each struct derives both kcodec's `Json` and serde's traits: kcodec, serde_json, simd-json
//! and sonic-rs all decode into the very same Rust type, so their results compare with `==`.
//! Strings are `kcodec::Str` for every library (its serde impls, under kcodec's `serde` feature).
#![allow(missing_docs)]

use std::collections::BTreeMap;

use kcodec::Str;

/// Declares corpus structs with both derives; `field: Type = "jsonName"` renames.
macro_rules! corpus {
    ($( struct $name:ident { $( $field:ident : $ty:ty $(= $json:literal)? ),* $(,)? } )*) => {$(
        #[derive(Clone, Debug, Default, PartialEq, kcodec::Json, serde::Serialize, serde::Deserialize)]
        pub struct $name {
            $( $( #[kcodec(rename = $json)] #[serde(rename = $json)] )? pub $field: $ty, )*
        }
    )*};
}

// canada.json: a GeoJSON FeatureCollection of polygons (mostly numbers).
corpus! {
    struct FeatureCollection { r#type: Str = "type", features: Vec<Feature> }
    struct Feature { r#type: Str = "type", properties: Properties, geometry: Geometry }
    struct Properties { name: Str }
    struct Geometry { r#type: Str = "type", coordinates: Vec<Vec<Vec<f64>>> }
}

// citm_catalog.json: an event catalogue (maps of names, integer ids).
corpus! {
    struct CitmCatalog {
        area_names: BTreeMap<Str, Str> = "areaNames",
        audience_sub_category_names: BTreeMap<Str, Str> = "audienceSubCategoryNames",
        block_names: BTreeMap<Str, Str> = "blockNames",
        events: BTreeMap<Str, Event> = "events",
        performances: Vec<Performance> = "performances",
        seat_category_names: BTreeMap<Str, Str> = "seatCategoryNames",
        sub_topic_names: BTreeMap<Str, Str> = "subTopicNames",
        subject_names: BTreeMap<Str, Str> = "subjectNames",
        topic_names: BTreeMap<Str, Str> = "topicNames",
        topic_sub_topics: BTreeMap<Str, Vec<u64>> = "topicSubTopics",
        venue_names: BTreeMap<Str, Str> = "venueNames",
    }
    struct Event {
        description: Option<Str> = "description",
        id: u64 = "id",
        logo: Option<Str> = "logo",
        name: Str = "name",
        sub_topic_ids: Vec<u64> = "subTopicIds",
        subject_code: Option<Str> = "subjectCode",
        subtitle: Option<Str> = "subtitle",
        topic_ids: Vec<u64> = "topicIds",
    }
    struct Performance {
        event_id: u64 = "eventId",
        id: u64 = "id",
        logo: Option<Str> = "logo",
        name: Option<Str> = "name",
        prices: Vec<Price> = "prices",
        seat_categories: Vec<SeatCategory> = "seatCategories",
        seat_map_image: Option<Str> = "seatMapImage",
        start: u64 = "start",
        venue_code: Str = "venueCode",
    }
    struct Price {
        amount: u64 = "amount",
        audience_sub_category_id: u64 = "audienceSubCategoryId",
        seat_category_id: u64 = "seatCategoryId",
    }
    struct SeatCategory { areas: Vec<Area> = "areas", seat_category_id: u64 = "seatCategoryId" }
    struct Area { area_id: u64 = "areaId", block_ids: Vec<u64> = "blockIds" }
}

// twitter.json: a search result of tweets (many short strings, unicode, nested entities).
corpus! {
    struct Twitter { statuses: Vec<Status>, search_metadata: SearchMetadata }
    struct Status {
        metadata: StatusMetadata,
        created_at: Str,
        id: u64,
        id_str: Str,
        text: Str,
        source: Str,
        truncated: bool,
        in_reply_to_status_id: Option<u64>,
        in_reply_to_status_id_str: Option<Str>,
        in_reply_to_user_id: Option<u64>,
        in_reply_to_user_id_str: Option<Str>,
        in_reply_to_screen_name: Option<Str>,
        user: User,
        geo: Option<Str>,
        coordinates: Option<Str>,
        place: Option<Str>,
        contributors: Option<Str>,
        retweeted_status: Option<Box<Status>>,
        retweet_count: u32,
        favorite_count: u32,
        entities: StatusEntities,
        favorited: bool,
        retweeted: bool,
        possibly_sensitive: Option<bool>,
        lang: Str,
    }
    struct StatusMetadata { result_type: Str, iso_language_code: Str }
    struct User {
        id: u64,
        id_str: Str,
        name: Str,
        screen_name: Str,
        location: Str,
        description: Str,
        url: Option<Str>,
        entities: UserEntities,
        protected: bool,
        followers_count: u32,
        friends_count: u32,
        listed_count: u32,
        created_at: Str,
        favourites_count: u32,
        utc_offset: Option<i32>,
        time_zone: Option<Str>,
        geo_enabled: bool,
        verified: bool,
        statuses_count: u32,
        lang: Str,
        contributors_enabled: bool,
        is_translator: bool,
        is_translation_enabled: bool,
        profile_background_color: Str,
        profile_background_image_url: Str,
        profile_background_image_url_https: Str,
        profile_background_tile: bool,
        profile_image_url: Str,
        profile_image_url_https: Str,
        profile_banner_url: Option<Str>,
        profile_link_color: Str,
        profile_sidebar_border_color: Str,
        profile_sidebar_fill_color: Str,
        profile_text_color: Str,
        profile_use_background_image: bool,
        default_profile: bool,
        default_profile_image: bool,
        following: bool,
        follow_request_sent: bool,
        notifications: bool,
    }
    struct UserEntities { url: Option<UserUrl>, description: UserEntitiesDescription }
    struct UserUrl { urls: Vec<Url> }
    struct UserEntitiesDescription { urls: Vec<Url> }
    struct Url { url: Str, expanded_url: Str, display_url: Str, indices: Vec<u32> }
    struct StatusEntities {
        hashtags: Vec<Hashtag>,
        symbols: Vec<Str>,
        urls: Vec<Url>,
        user_mentions: Vec<UserMention>,
        media: Option<Vec<Media>>,
    }
    struct Hashtag { text: Str, indices: Vec<u32> }
    struct UserMention { screen_name: Str, name: Str, id: u64, id_str: Str, indices: Vec<u32> }
    struct Media {
        id: u64,
        id_str: Str,
        indices: Vec<u32>,
        media_url: Str,
        media_url_https: Str,
        url: Str,
        display_url: Str,
        expanded_url: Str,
        r#type: Str = "type",
        sizes: Sizes,
        source_status_id: Option<u64>,
        source_status_id_str: Option<Str>,
    }
    struct Sizes { medium: Size, small: Size, thumb: Size, large: Size }
    struct Size { w: u32, h: u32, resize: Str }
    struct SearchMetadata {
        completed_in: f64,
        max_id: u64,
        max_id_str: Str,
        next_results: Str,
        query: Str,
        refresh_url: Str,
        count: u32,
        since_id: u64,
        since_id_str: Str,
    }
}

/// The three corpora: name, bytes (read from `$KCODEC_JSON_BENCH_DATA`), or `None` when the
/// variable is unset.
pub fn load() -> Option<Vec<(&'static str, Vec<u8>)>> {
    let dir = std::path::PathBuf::from(std::env::var_os("KCODEC_JSON_BENCH_DATA")?);
    Some(
        ["twitter", "citm_catalog", "canada"]
            .iter()
            .map(|name| {
                let path = dir.join(format!("{name}.json"));
                let bytes =
                    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
                (*name, bytes)
            })
            .collect(),
    )
}

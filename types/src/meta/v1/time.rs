//! [`Time`] and [`MicroTime`]: points in time written as RFC 3339 strings in UTC, with
//! second and microsecond precision, as Kubernetes' `metav1.Time` and `metav1.MicroTime`.
//!
//! The calendar arithmetic (proleptic Gregorian, UTC, no leap seconds) is done here; no
//! date-time crate is involved.

use std::fmt;
use std::str::FromStr;

use kcodec::json::JsonReader;
use kcodec::proto::{field, ProtoMessage, ProtoReader, RevBuf};
use kcodec::{JsonDecode, JsonEncode};

/// Unix seconds of Go's zero time, 0001-01-01T00:00:00Z.
const ZERO_UNIX: i64 = -62_135_596_800;
const SECS_PER_DAY: i64 = 86_400;
const NANOS_PER_SEC: i64 = 1_000_000_000;

/// A point in time with one-second precision (Kubernetes' `metav1.Time`), used for
/// `creationTimestamp`, condition transition times and the like.
///
/// The zero value ([`Time::ZERO`], also `Default`) is Go's zero time,
/// 0001-01-01T00:00:00Z, which Kubernetes treats as "unset".
///
/// JSON: the zero time is written as `null`; any other time as `"2008-01-01T01:01:01Z"`, in
/// UTC with no fraction (years outside 0000–9999 are written as Go writes them: `-0001`,
/// `10000`). Decoding takes `null` (the zero time) or an RFC 3339 string as Go's
/// `time.Parse(time.RFC3339, ..)` accepts it: any UTC offset, any fraction (dropped), a
/// one-digit hour, `,` as decimal separator, offsets up to `+24:00`; `T` and `Z` must be
/// upper case. [`kcodec::Omit::is_zero_value`] is [`Time::is_zero`], for `omitzero` fields.
///
/// Protobuf: Kubernetes' message `{int64 seconds = 1; int32 nanos = 2}`. The zero time is
/// an empty message; any other time writes both fields, `nanos` always 0. Decoding ignores
/// `nanos` and turns an empty message into the zero time; see [`Time::unix_seconds`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Time {
    seconds: i64,
}

/// A point in time with one-microsecond precision (Kubernetes' `metav1.MicroTime`), used for
/// `Event.eventTime` and `Lease.spec.renewTime`.
///
/// The zero value ([`MicroTime::ZERO`], also `Default`) is Go's zero time.
///
/// JSON: the zero time is written as `null`; any other time as
/// `"2010-01-01T01:01:01.000010Z"`, in UTC with exactly six fraction digits. Decoding takes
/// `null` or a string in Kubernetes' `RFC3339Micro` layout, which Go parses strictly: the
/// fraction must have exactly six digits (after `.` or `,`); offsets are allowed.
///
/// Protobuf: Kubernetes' message `{int64 seconds = 1; int32 nanos = 2}`. The zero time is
/// an empty message; any other time writes both fields. Decoding truncates `nanos` to the
/// microsecond and turns an empty message into the zero time; see
/// [`MicroTime::unix_seconds`] and [`MicroTime::subsec_nanos`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct MicroTime {
    seconds: i64,
    /// Always a multiple of 1000 below 10^9.
    nanos: u32,
}

/// Why a string is not an acceptable RFC 3339 time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimeError {
    input: String,
    reason: &'static str,
}

impl TimeError {
    /// What is wrong, in a few words.
    pub fn reason(&self) -> &'static str {
        self.reason
    }
}

impl fmt::Display for TimeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "parsing time {:?} as RFC 3339: {}",
            self.input, self.reason
        )
    }
}

impl std::error::Error for TimeError {}

// ---------------------------------------------------------------------------------------
// Calendar arithmetic.

/// Days since 1970-01-01 of the proleptic Gregorian date `y-m-d` (`m` in 1..=12, `d` any).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    // Count years from March, so that the leap day is the last day of the counted year.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let year_of_era = y.rem_euclid(400); // 0..=399
    let month_from_march = (m + 9) % 12; // March = 0 .. February = 11
    let day_of_year = (153 * month_from_march + 2) / 5 + d - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The proleptic Gregorian date `(year, month, day)` of `days` since 1970-01-01.
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468; // days since 0000-03-01
    let era = z.div_euclid(146_097);
    let day_of_era = z.rem_euclid(146_097); // 0..=146096
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_from_march = (5 * day_of_year + 2) / 153; // 0..=11
    let day = (day_of_year - (153 * month_from_march + 2) / 5 + 1) as u32;
    let month = if month_from_march < 10 {
        month_from_march + 3
    } else {
        month_from_march - 9
    } as u32;
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

fn is_leap(y: i64) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

fn days_in_month(y: i64, m: i64) -> i64 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Unix seconds of a UTC date and time, normalising out-of-range components as Go's
/// `time.Date` does (month 13 is January of the next year, second 60 the next minute, ...).
/// Saturates on absurd inputs instead of overflowing.
fn unix_from_parts(y: i64, mo: i64, d: i64, h: i64, mi: i64, s: i64) -> i64 {
    let m0 = mo.saturating_sub(1);
    let y = y.saturating_add(m0.div_euclid(12));
    let m = m0.rem_euclid(12) + 1;
    // Keep the year in a range where the day arithmetic cannot overflow.
    let y = y.clamp(-(1 << 40), 1 << 40);
    let days = days_from_civil(y, m, 1).saturating_add(d.saturating_sub(1));
    days.saturating_mul(SECS_PER_DAY)
        .saturating_add(h.saturating_mul(3600))
        .saturating_add(mi.saturating_mul(60))
        .saturating_add(s)
}

/// Broken-down UTC time of `secs`: (year, month, day, hour, minute, second).
fn parts_from_unix(secs: i64) -> (i64, u32, u32, u32, u32, u32) {
    let days = secs.div_euclid(SECS_PER_DAY);
    let rem = secs.rem_euclid(SECS_PER_DAY) as u32;
    let (y, m, d) = civil_from_days(days);
    (y, m, d, rem / 3600, rem / 60 % 60, rem % 60)
}

// ---------------------------------------------------------------------------------------
// Formatting.

/// Longest output: `"-292277026596-12-04T15:30:07.000000Z"` plus quotes.
const BUF_LEN: usize = 48;

#[inline]
fn put2(buf: &mut [u8], at: usize, v: u32) {
    buf[at] = b'0' + (v / 10) as u8;
    buf[at + 1] = b'0' + (v % 10) as u8;
}

/// `"YYYY-MM-DDTHH:MM:SSZ"` with its quotes, for years 0 to 9999 (every real timestamp):
/// fixed offsets, so the bytes are built and appended without length arithmetic.
#[inline]
fn rfc3339_quoted_common(secs: i64) -> Option<[u8; 22]> {
    let (year, month, day, hour, minute, second) = parts_from_unix(secs);
    if !(0..=9999).contains(&year) {
        return None;
    }
    let mut b = *b"\"0000-00-00T00:00:00Z\"";
    put2(&mut b, 1, year as u32 / 100);
    put2(&mut b, 3, year as u32 % 100);
    put2(&mut b, 6, month);
    put2(&mut b, 9, day);
    put2(&mut b, 12, hour);
    put2(&mut b, 15, minute);
    put2(&mut b, 18, second);
    Some(b)
}

/// Write `"YYYY-MM-DDTHH:MM:SS[.ffffff]Z"` (with the quotes when `quoted`) into `buf`;
/// returns the length. The year is written as Go writes it: at least four digits, with a
/// `-` when negative.
fn format_rfc3339(buf: &mut [u8; BUF_LEN], secs: i64, micros: Option<u32>, quoted: bool) -> usize {
    let (year, month, day, hour, minute, second) = parts_from_unix(secs);
    let mut n = 0;
    if quoted {
        buf[0] = b'"';
        n = 1;
    }
    if (0..=9999).contains(&year) {
        let y = year as u32;
        put2(buf, n, y / 100);
        put2(buf, n + 2, y % 100);
        n += 4;
    } else {
        if year < 0 {
            buf[n] = b'-';
            n += 1;
        }
        let mut digits = [0u8; 20];
        let mut k = digits.len();
        let mut v = year.unsigned_abs();
        while v > 0 || digits.len() - k < 4 {
            k -= 1;
            digits[k] = b'0' + (v % 10) as u8;
            v /= 10;
        }
        let len = digits.len() - k;
        buf[n..n + len].copy_from_slice(&digits[k..]);
        n += len;
    }
    buf[n] = b'-';
    put2(buf, n + 1, month);
    buf[n + 3] = b'-';
    put2(buf, n + 4, day);
    buf[n + 6] = b'T';
    put2(buf, n + 7, hour);
    buf[n + 9] = b':';
    put2(buf, n + 10, minute);
    buf[n + 12] = b':';
    put2(buf, n + 13, second);
    n += 15;
    if let Some(us) = micros {
        buf[n] = b'.';
        put2(buf, n + 1, us / 10_000);
        put2(buf, n + 3, us / 100 % 100);
        put2(buf, n + 5, us % 100);
        n += 7;
    }
    buf[n] = b'Z';
    n += 1;
    if quoted {
        buf[n] = b'"';
        n += 1;
    }
    n
}

// ---------------------------------------------------------------------------------------
// Parsing.

/// Which layout to accept.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Layout {
    /// Go's `time.RFC3339`: any fraction (or none) after the seconds.
    Rfc3339,
    /// Kubernetes' `RFC3339Micro`: exactly six fraction digits after the seconds.
    Micro,
}

struct Cursor<'a> {
    s: &'a [u8],
    p: usize,
}

impl Cursor<'_> {
    fn digit(&self, at: usize) -> Option<i64> {
        match self.s.get(self.p + at) {
            Some(c @ b'0'..=b'9') => Some(i64::from(c - b'0')),
            _ => None,
        }
    }

    /// Exactly `n` digits.
    fn fixed(&mut self, n: usize, what: &'static str) -> Result<i64, &'static str> {
        let mut v = 0;
        for i in 0..n {
            v = v * 10 + self.digit(i).ok_or(what)?;
        }
        self.p += n;
        Ok(v)
    }

    fn expect(&mut self, c: u8, what: &'static str) -> Result<(), &'static str> {
        if self.s.get(self.p) == Some(&c) {
            self.p += 1;
            Ok(())
        } else {
            Err(what)
        }
    }
}

/// Parse `s` as Go's `time.Parse` does with the RFC 3339 (or RFC 3339 micro) layout; returns
/// Unix seconds (UTC) and nanoseconds.
fn parse_time(s: &[u8], layout: Layout) -> Result<(i64, u32), &'static str> {
    let mut c = Cursor { s, p: 0 };
    let year = c.fixed(4, "bad year")?;
    c.expect(b'-', "expected '-' after the year")?;
    let month = c.fixed(2, "bad month")?;
    if !(1..=12).contains(&month) {
        return Err("month out of range");
    }
    c.expect(b'-', "expected '-' after the month")?;
    let day = c.fixed(2, "bad day")?;
    c.expect(b'T', "expected 'T' after the date")?;
    // Go reads the hour as one or two digits.
    let hour = match (c.digit(0), c.digit(1)) {
        (Some(a), Some(b)) => {
            c.p += 2;
            a * 10 + b
        }
        (Some(a), None) => {
            c.p += 1;
            a
        }
        _ => return Err("bad hour"),
    };
    if hour >= 24 {
        return Err("hour out of range");
    }
    c.expect(b':', "expected ':' after the hour")?;
    let minute = c.fixed(2, "bad minute")?;
    if minute >= 60 {
        return Err("minute out of range");
    }
    c.expect(b':', "expected ':' after the minute")?;
    let second = c.fixed(2, "bad second")?;
    if second >= 60 {
        return Err("second out of range");
    }
    let mut nanos: i64 = 0;
    let is_sep = |b: Option<&u8>| matches!(b, Some(b'.' | b','));
    match layout {
        Layout::Rfc3339 => {
            if is_sep(c.s.get(c.p)) && c.digit(1).is_some() {
                c.p += 1;
                let mut n = 0;
                while let Some(d) = c.digit(0) {
                    if n < 9 {
                        nanos = nanos * 10 + d;
                    }
                    n += 1;
                    c.p += 1;
                }
                for _ in n..9 {
                    nanos *= 10;
                }
            }
        }
        Layout::Micro => {
            // Six characters after the separator, read as Go's atoi reads them: an optional
            // sign, then digits; a negative value is out of range.
            if !is_sep(c.s.get(c.p)) || c.s.len() < c.p + 7 {
                return Err("expected a six-digit fraction");
            }
            c.p += 1;
            let neg = c.s[c.p] == b'-';
            let signed = neg || c.s[c.p] == b'+';
            c.p += usize::from(signed);
            let v = c.fixed(6 - usize::from(signed), "expected a six-digit fraction")?;
            if neg && v != 0 {
                return Err("fraction out of range");
            }
            nanos = v * 1000;
        }
    }
    let offset = match c.s.get(c.p) {
        Some(b'Z') => {
            c.p += 1;
            0
        }
        Some(&sign @ (b'+' | b'-')) => {
            if c.s.get(c.p + 3) != Some(&b':') {
                return Err("bad time zone offset");
            }
            c.p += 1;
            let oh = c.fixed(2, "bad time zone offset")?;
            c.p += 1;
            let om = c.fixed(2, "bad time zone offset")?;
            // Go tolerates offsets of 24 hours and of 60 minutes.
            if oh > 24 || om > 60 {
                return Err("time zone offset out of range");
            }
            let off = (oh * 60 + om) * 60;
            if sign == b'-' {
                -off
            } else {
                off
            }
        }
        _ => return Err("expected 'Z' or a time zone offset"),
    };
    if c.p != c.s.len() {
        return Err("extra text after the time");
    }
    if day < 1 || day > days_in_month(year, month) {
        return Err("day out of range");
    }
    let local =
        days_from_civil(year, month, day) * SECS_PER_DAY + hour * 3600 + minute * 60 + second;
    Ok((local - offset, nanos as u32))
}

fn now_parts() -> (i64, u32) {
    use std::time::{SystemTime, UNIX_EPOCH};
    match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(d) => (d.as_secs() as i64, d.subsec_nanos()),
        Err(e) => {
            let d = e.duration();
            let total = -(d.as_nanos() as i128);
            (
                total.div_euclid(NANOS_PER_SEC as i128) as i64,
                total.rem_euclid(NANOS_PER_SEC as i128) as u32,
            )
        }
    }
}

// ---------------------------------------------------------------------------------------
// Time.

impl Time {
    /// Go's zero time, 0001-01-01T00:00:00Z: Kubernetes' "unset".
    pub const ZERO: Time = Time { seconds: ZERO_UNIX };

    /// The time `secs` seconds after 1970-01-01T00:00:00Z.
    pub const fn from_unix(secs: i64) -> Self {
        Time { seconds: secs }
    }

    /// The UTC time `year-month-day hour:minute:second`. Out-of-range components carry
    /// over as in Go's `time.Date` (month 13 is January of the next year, day 0 the last day
    /// of the previous month, ...).
    pub fn from_ymd_hms(
        year: i64,
        month: i64,
        day: i64,
        hour: i64,
        minute: i64,
        second: i64,
    ) -> Self {
        Time {
            seconds: unix_from_parts(year, month, day, hour, minute, second),
        }
    }

    /// The current time, truncated to the second.
    pub fn now() -> Self {
        Time {
            seconds: now_parts().0,
        }
    }

    /// Parse an RFC 3339 string as Kubernetes does (Go's `time.Parse(time.RFC3339, s)`);
    /// the fraction of a second is dropped.
    pub fn parse_rfc3339(s: &str) -> Result<Self, TimeError> {
        parse_time(s.as_bytes(), Layout::Rfc3339)
            .map(|(secs, _)| Time { seconds: secs })
            .map_err(|reason| TimeError {
                input: s.to_owned(),
                reason,
            })
    }

    /// Seconds since 1970-01-01T00:00:00Z (negative before).
    pub const fn unix_seconds(self) -> i64 {
        self.seconds
    }

    /// Whether this is Go's zero time (Kubernetes' "unset").
    pub const fn is_zero(self) -> bool {
        self.seconds == ZERO_UNIX
    }

    /// The UTC calendar fields: (year, month 1–12, day 1–31, hour, minute, second).
    pub fn to_ymd_hms(self) -> (i64, u32, u32, u32, u32, u32) {
        parts_from_unix(self.seconds)
    }
}

impl Default for Time {
    /// Go's zero time, [`Time::ZERO`].
    fn default() -> Self {
        Time::ZERO
    }
}

impl fmt::Display for Time {
    /// RFC 3339 in UTC without fraction, `2008-01-01T01:01:01Z` (also for the zero time).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut buf = [0u8; BUF_LEN];
        let n = format_rfc3339(&mut buf, self.seconds, None, false);
        f.write_str(std::str::from_utf8(&buf[..n]).map_err(|_| fmt::Error)?)
    }
}

impl FromStr for Time {
    type Err = TimeError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Time::parse_rfc3339(s)
    }
}

impl From<MicroTime> for Time {
    /// Drops the fraction of a second.
    fn from(t: MicroTime) -> Self {
        Time { seconds: t.seconds }
    }
}

impl JsonEncode for Time {
    #[inline]
    fn encode_json(&self, out: &mut Vec<u8>) {
        if self.is_zero() {
            out.extend_from_slice(b"null");
            return;
        }
        if let Some(b) = rfc3339_quoted_common(self.seconds) {
            out.extend_from_slice(&b);
            return;
        }
        let mut buf = [0u8; BUF_LEN];
        let n = format_rfc3339(&mut buf, self.seconds, None, true);
        out.extend_from_slice(&buf[..n]);
    }
}

impl kcodec::Omit for Time {
    /// Go's `omitzero` calls `IsZero`: true for the zero time.
    #[inline]
    fn is_zero_value(&self) -> bool {
        self.is_zero()
    }
}

/// Read `null` (the zero time) or a time string; returns Unix seconds and nanoseconds.
fn decode_time(r: &mut JsonReader<'_>, layout: Layout) -> kcodec::Result<Option<(i64, u32)>> {
    if r.eat_null()? {
        return Ok(None);
    }
    let start = r.offset();
    let s = r.read_str()?;
    match parse_time(s.as_bytes(), layout) {
        Ok(v) => Ok(Some(v)),
        Err(reason) => Err(kcodec::Error::invalid_value(
            format!(
                "parsing time {:?} as {}: {reason}",
                &*s,
                if layout == Layout::Micro {
                    "RFC 3339 with microseconds"
                } else {
                    "RFC 3339"
                }
            ),
            start,
        )),
    }
}

impl JsonDecode for Time {
    fn decode_json(r: &mut JsonReader<'_>) -> kcodec::Result<Self> {
        r.peek();
        Ok(match decode_time(r, Layout::Rfc3339)? {
            Some((secs, _)) => Time { seconds: secs },
            None => Time::ZERO,
        })
    }
}

// ---------------------------------------------------------------------------------------
// MicroTime.

impl MicroTime {
    /// Go's zero time, 0001-01-01T00:00:00Z: Kubernetes' "unset".
    pub const ZERO: MicroTime = MicroTime {
        seconds: ZERO_UNIX,
        nanos: 0,
    };

    /// The time `micros` microseconds after 1970-01-01T00:00:00Z.
    pub const fn from_unix_micros(micros: i64) -> Self {
        MicroTime {
            seconds: micros.div_euclid(1_000_000),
            nanos: (micros.rem_euclid(1_000_000) * 1000) as u32,
        }
    }

    /// The time `secs` seconds plus `nanos` nanoseconds after the Unix epoch (`nanos` may be
    /// outside 0..10^9 and carries over, as in Go's `time.Unix`), truncated to the
    /// microsecond.
    pub const fn from_unix(secs: i64, nanos: i64) -> Self {
        let secs = secs.saturating_add(nanos.div_euclid(NANOS_PER_SEC));
        let nanos = nanos.rem_euclid(NANOS_PER_SEC);
        MicroTime {
            seconds: secs,
            nanos: (nanos - nanos % 1000) as u32,
        }
    }

    /// The UTC time `year-month-day hour:minute:second.micro`, with components carrying over
    /// as in Go's `time.Date`.
    #[allow(clippy::too_many_arguments)]
    pub fn from_ymd_hms_micro(
        year: i64,
        month: i64,
        day: i64,
        hour: i64,
        minute: i64,
        second: i64,
        micro: i64,
    ) -> Self {
        let secs = unix_from_parts(year, month, day, hour, minute, second);
        MicroTime::from_unix(secs, micro.saturating_mul(1000))
    }

    /// The current time, truncated to the microsecond.
    pub fn now() -> Self {
        let (secs, nanos) = now_parts();
        MicroTime::from_unix(secs, i64::from(nanos))
    }

    /// Parse a string in Kubernetes' `RFC3339Micro` layout
    /// (`2006-01-02T15:04:05.000000Z07:00`: exactly six fraction digits).
    pub fn parse_rfc3339_micro(s: &str) -> Result<Self, TimeError> {
        parse_time(s.as_bytes(), Layout::Micro)
            .map(|(secs, nanos)| MicroTime {
                seconds: secs,
                nanos,
            })
            .map_err(|reason| TimeError {
                input: s.to_owned(),
                reason,
            })
    }

    /// Whole seconds since 1970-01-01T00:00:00Z (floor: negative before the epoch).
    pub const fn unix_seconds(self) -> i64 {
        self.seconds
    }

    /// Nanoseconds past [`MicroTime::unix_seconds`], a multiple of 1000 below 10^9.
    pub const fn subsec_nanos(self) -> u32 {
        self.nanos
    }

    /// Microseconds since the Unix epoch (saturating far outside years 0–9999).
    pub const fn unix_micros(self) -> i64 {
        self.seconds
            .saturating_mul(1_000_000)
            .saturating_add((self.nanos / 1000) as i64)
    }

    /// Whether this is Go's zero time (Kubernetes' "unset").
    pub const fn is_zero(self) -> bool {
        self.seconds == ZERO_UNIX && self.nanos == 0
    }
}

impl Default for MicroTime {
    /// Go's zero time, [`MicroTime::ZERO`].
    fn default() -> Self {
        MicroTime::ZERO
    }
}

impl fmt::Display for MicroTime {
    /// RFC 3339 in UTC with six fraction digits, `2010-01-01T01:01:01.000010Z`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut buf = [0u8; BUF_LEN];
        let n = format_rfc3339(&mut buf, self.seconds, Some(self.nanos / 1000), false);
        f.write_str(std::str::from_utf8(&buf[..n]).map_err(|_| fmt::Error)?)
    }
}

impl FromStr for MicroTime {
    type Err = TimeError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        MicroTime::parse_rfc3339_micro(s)
    }
}

impl From<Time> for MicroTime {
    fn from(t: Time) -> Self {
        MicroTime {
            seconds: t.seconds,
            nanos: 0,
        }
    }
}

impl JsonEncode for MicroTime {
    #[inline]
    fn encode_json(&self, out: &mut Vec<u8>) {
        if self.is_zero() {
            out.extend_from_slice(b"null");
            return;
        }
        let mut buf = [0u8; BUF_LEN];
        let n = format_rfc3339(&mut buf, self.seconds, Some(self.nanos / 1000), true);
        out.extend_from_slice(&buf[..n]);
    }
}

impl kcodec::Omit for MicroTime {
    /// Go's `omitzero` calls `IsZero`: true for the zero time.
    #[inline]
    fn is_zero_value(&self) -> bool {
        self.is_zero()
    }
}

impl JsonDecode for MicroTime {
    fn decode_json(r: &mut JsonReader<'_>) -> kcodec::Result<Self> {
        r.peek();
        Ok(match decode_time(r, Layout::Micro)? {
            Some((seconds, nanos)) => MicroTime { seconds, nanos },
            None => MicroTime::ZERO,
        })
    }
}

// ---------------------------------------------------------------------------------------
// Protobuf. Both types travel as Kubernetes' `Timestamp` message
// `{int64 seconds = 1; int32 nanos = 2}`: nothing at all for the zero time, otherwise both
// fields, even when 0.

/// Body size of a non-zero timestamp.
#[inline]
fn timestamp_len(seconds: i64, nanos: i32) -> usize {
    field::len(1, &seconds) + field::len(2, &nanos)
}

/// Prepend the body of a non-zero timestamp (last field first).
#[inline]
fn encode_timestamp_rev(w: &mut RevBuf, seconds: i64, nanos: i32) {
    field::encode(w, 2, &nanos);
    field::encode(w, 1, &seconds);
}

/// Read a timestamp body to the end of the reader's window. An empty body is `None` (the
/// zero time); otherwise absent fields are 0, the last of repeated ones wins and unknown
/// ones are skipped (so a body holding only unknown fields is the Unix epoch, as in Go).
fn merge_timestamp(r: &mut ProtoReader<'_>) -> kcodec::Result<Option<(i64, i32)>> {
    if r.at_end() {
        return Ok(None);
    }
    let (mut seconds, mut nanos) = (0i64, 0i32);
    while !r.at_end() {
        let (tag, wire) = r.read_key()?;
        match tag {
            1 => field::merge(r, 1, wire, &mut seconds)?,
            2 => field::merge(r, 2, wire, &mut nanos)?,
            _ => r.skip(wire)?,
        }
    }
    Ok(Some((seconds, nanos)))
}

impl ProtoMessage for Time {
    /// 0 for the zero time.
    #[inline]
    fn encoded_len(&self) -> usize {
        if self.is_zero() {
            0
        } else {
            timestamp_len(self.seconds, 0)
        }
    }

    #[inline]
    fn encode_rev(&self, w: &mut RevBuf) {
        if !self.is_zero() {
            encode_timestamp_rev(w, self.seconds, 0);
        }
    }

    /// Replaces `self` (Kubernetes' `Time.Unmarshal` does not merge); `nanos` is ignored.
    fn merge(&mut self, r: &mut ProtoReader<'_>) -> kcodec::Result<()> {
        *self = match merge_timestamp(r)? {
            Some((seconds, _)) => Time { seconds },
            None => Time::ZERO,
        };
        Ok(())
    }
}

kcodec::proto_message_value!(Time);

impl ProtoMessage for MicroTime {
    /// 0 for the zero time.
    #[inline]
    fn encoded_len(&self) -> usize {
        if self.is_zero() {
            0
        } else {
            timestamp_len(self.seconds, self.nanos as i32)
        }
    }

    #[inline]
    fn encode_rev(&self, w: &mut RevBuf) {
        if !self.is_zero() {
            // `nanos` is below 10^9: it fits an `int32`.
            encode_timestamp_rev(w, self.seconds, self.nanos as i32);
        }
    }

    /// Replaces `self`. `nanos` is first truncated toward zero to a whole number of
    /// microseconds, then added to `seconds` (it may be negative or exceed a second), as
    /// Kubernetes' `MicroTime.Unmarshal` does.
    fn merge(&mut self, r: &mut ProtoReader<'_>) -> kcodec::Result<()> {
        *self = match merge_timestamp(r)? {
            Some((seconds, nanos)) => {
                let nanos = i64::from(nanos);
                MicroTime::from_unix(seconds, nanos - nanos % 1000)
            }
            None => MicroTime::ZERO,
        };
        Ok(())
    }
}

kcodec::proto_message_value!(MicroTime);

#[cfg(test)]
mod tests {
    use kcodec::Omit as _;
    /// The fixed-offset layout is the general one, over years 0 to 9999 and around them.
    #[test]
    fn years_outside_0000_to_9999_are_written_but_not_read() {
        // An offset moves the UTC year out of range: Go writes `-0001` and its RFC 3339
        // parser refuses it; so does kcodec. Found by the `scalars` fuzz target.
        let t: Time = "0000-01-01T0:01:03.123456+05:46".parse().unwrap();
        assert_eq!(t.to_string(), "-0001-12-31T18:15:03Z");
        assert!(t.to_string().parse::<Time>().is_err());
        let t: Time = "9999-12-31T23:59:59-01:00".parse().unwrap();
        assert_eq!(t.to_string(), "10000-01-01T00:59:59Z");
        assert!(t.to_string().parse::<Time>().is_err());
    }

    #[test]
    fn common_layout_matches_the_general_one() {
        let mut secs: i64 = -62_167_219_200 - 86_400 * 400; // before year 0
        let end: i64 = 253_402_300_800 + 86_400 * 400; // after year 9999
        let mut checked = 0;
        while secs < end {
            let mut buf = [0u8; super::BUF_LEN];
            let n = super::format_rfc3339(&mut buf, secs, None, true);
            match super::rfc3339_quoted_common(secs) {
                Some(b) => {
                    assert_eq!(&b[..], &buf[..n], "{secs}");
                    checked += 1;
                }
                None => assert!(n != 22 || buf[1] == b'-', "{secs}: {:?}", &buf[..n]),
            }
            secs += 86_400 * 13 + 3_607 * 7 + 1;
        }
        assert!(checked > 250_000, "{checked}");
    }

    use super::*;
    use kcodec::json;
    #[allow(unused_imports)]
    use kcodec::proto::{field, ProtoValue, WireType};

    fn enc<T: JsonEncode>(v: &T) -> String {
        String::from_utf8(json::to_vec(v).unwrap()).unwrap()
    }

    fn t(s: &str) -> Time {
        json::from_slice::<Time>(format!("\"{s}\"").as_bytes()).unwrap()
    }

    #[test]
    fn calendar_round_trips_every_day_of_four_centuries() {
        // 1600-03-01 .. 2400-03-01 covers every leap-year rule twice.
        let start = days_from_civil(1600, 3, 1);
        let end = days_from_civil(2400, 3, 1);
        let mut prev = civil_from_days(start - 1);
        for days in start..end {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, i64::from(m), i64::from(d)), days);
            // Consecutive days: same month and next day, or the first of the next month.
            if d == 1 {
                assert_eq!(i64::from(prev.2), days_in_month(prev.0, i64::from(prev.1)));
            } else {
                assert_eq!((prev.0, prev.1, prev.2 + 1), (y, m, d));
            }
            prev = (y, m, d);
        }
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
        assert_eq!(days_from_civil(1, 1, 1) * SECS_PER_DAY, ZERO_UNIX);
    }

    #[test]
    fn zero_time() {
        assert_eq!(Time::default(), Time::ZERO);
        assert!(Time::ZERO.is_zero());
        assert!(Time::ZERO.is_zero_value());
        assert!(!Time::ZERO.is_empty_value());
        assert_eq!(enc(&Time::ZERO), "null");
        assert_eq!(Time::ZERO.to_string(), "0001-01-01T00:00:00Z");
        assert_eq!(Time::from_ymd_hms(1, 1, 1, 0, 0, 0), Time::ZERO);
        assert_eq!(json::from_slice::<Time>(b"null").unwrap(), Time::ZERO);
        assert_eq!(t("0001-01-01T00:00:00Z"), Time::ZERO);
        assert!(!Time::from_unix(0).is_zero());
        assert_eq!(enc(&Time::from_unix(0)), "\"1970-01-01T00:00:00Z\"");
    }

    /// A pointer to the zero time, as Go has it: written `null` (`Time.MarshalJSON`), which
    /// reads back as no pointer (Go's decoder sets a pointer to nil on `null`), which is then
    /// omitted. Found by the `json_pod` fuzz target, whose stability check now allows it.
    #[test]
    fn pointer_to_zero_time_is_written_null_then_omitted() {
        use crate::meta::v1::ManagedFieldsEntry;
        let e: ManagedFieldsEntry =
            json::from_slice(br#"{"time":"0001-01-01T00:00:00Z"}"#).unwrap();
        assert_eq!(e.time, Some(Time::ZERO));
        assert_eq!(enc(&e), r#"{"time":null}"#);
        let e: ManagedFieldsEntry = json::from_slice(br#"{"time":null}"#).unwrap();
        assert_eq!((e.time, enc(&e).as_str()), (None, "{}"));
    }

    #[test]
    fn encodes_utc_seconds() {
        let v = Time::from_ymd_hms(2008, 1, 1, 1, 1, 1);
        assert_eq!(v.unix_seconds(), 1_199_149_261);
        assert_eq!(enc(&v), "\"2008-01-01T01:01:01Z\"");
        assert_eq!(v.to_string(), "2008-01-01T01:01:01Z");
        assert_eq!(v.to_ymd_hms(), (2008, 1, 1, 1, 1, 1));
        assert_eq!(
            enc(&Time::from_ymd_hms(9999, 12, 31, 23, 59, 59)),
            "\"9999-12-31T23:59:59Z\""
        );
        assert_eq!(
            enc(&Time::from_ymd_hms(2024, 2, 29, 12, 0, 0)),
            "\"2024-02-29T12:00:00Z\""
        );
        assert_eq!(enc(&Time::from_unix(-1)), "\"1969-12-31T23:59:59Z\"");
        // Outside 0000-9999 the year is written as Go writes it.
        assert_eq!(
            Time::from_ymd_hms(0, 1, 1, 0, 0, 0).to_string(),
            "0000-01-01T00:00:00Z"
        );
        assert_eq!(
            Time::from_ymd_hms(-1, 12, 31, 23, 0, 0).to_string(),
            "-0001-12-31T23:00:00Z"
        );
        assert_eq!(
            Time::from_ymd_hms(10000, 1, 1, 0, 0, 0).to_string(),
            "10000-01-01T00:00:00Z"
        );
        // Extreme values neither panic nor overflow.
        let _ = Time::from_unix(i64::MAX).to_string();
        let _ = Time::from_unix(i64::MIN).to_string();
        let _ = enc(&MicroTime::from_unix(i64::MIN, 0));
        let _ = Time::from_ymd_hms(i64::MAX, i64::MAX, i64::MAX, 0, 0, 0);
    }

    #[test]
    fn from_ymd_hms_carries_over_like_go() {
        assert_eq!(
            Time::from_ymd_hms(2008, 13, 1, 0, 0, 0),
            Time::from_ymd_hms(2009, 1, 1, 0, 0, 0)
        );
        assert_eq!(
            Time::from_ymd_hms(2008, 3, 0, 0, 0, 0),
            Time::from_ymd_hms(2008, 2, 29, 0, 0, 0)
        );
        assert_eq!(
            Time::from_ymd_hms(2008, 0, 1, 0, 0, 0),
            Time::from_ymd_hms(2007, 12, 1, 0, 0, 0)
        );
        assert_eq!(
            Time::from_ymd_hms(2008, 1, 1, 24, 0, 60),
            Time::from_ymd_hms(2008, 1, 2, 0, 1, 0)
        );
    }

    #[test]
    fn decodes_rfc3339_like_go() {
        let base = Time::from_ymd_hms(2008, 1, 1, 1, 1, 1);
        assert_eq!(t("2008-01-01T01:01:01Z"), base);
        // Fractions of any length are dropped (floor).
        assert_eq!(t("2008-01-01T01:01:01.999999999Z"), base);
        assert_eq!(t("2008-01-01T01:01:01.5Z"), base);
        assert_eq!(t("2008-01-01T01:01:01.1234567890123Z"), base);
        assert_eq!(t("2008-01-01T01:01:01,5Z"), base);
        // Offsets are converted to UTC.
        assert_eq!(t("2008-01-01T02:01:01+01:00"), base);
        assert_eq!(t("2008-01-01T06:31:01+05:30"), base);
        assert_eq!(t("2007-12-31T20:01:01-05:00"), base);
        assert_eq!(t("2008-01-01T01:01:01+00:00"), base);
        assert_eq!(t("2008-01-01T01:01:01-00:00"), base);
        assert_eq!(t("2008-01-02T01:01:01+24:00"), base);
        assert_eq!(t("2008-01-02T01:01:01+23:60"), base);
        // Go reads a one-digit hour.
        assert_eq!(t("2008-01-01T1:01:01Z"), base);
        // Leap days.
        assert_eq!(
            t("2000-02-29T00:00:00Z"),
            Time::from_ymd_hms(2000, 2, 29, 0, 0, 0)
        );
        assert_eq!(t("0000-01-01T00:00:00Z").to_ymd_hms(), (0, 1, 1, 0, 0, 0));
        // An offset can move the time out of 0000-9999.
        assert_eq!(
            t("0000-01-01T00:00:00+01:00").to_string(),
            "-0001-12-31T23:00:00Z"
        );
        // Escaped strings are unescaped first, as Go does.
        assert_eq!(
            json::from_slice::<Time>(br#""2008-01-01\u005401:01:01Z""#).unwrap(),
            base
        );
        assert_eq!(Time::parse_rfc3339("2008-01-01T01:01:01Z").unwrap(), base);
        assert_eq!("2008-01-01T01:01:01Z".parse::<Time>().unwrap(), base);
    }

    #[test]
    fn rejects_what_go_rejects() {
        for bad in [
            "",
            "2008",
            "2008-01-01",
            "2008-01-01T01:01:01",
            "2008-01-01t01:01:01Z",
            "2008-01-01T01:01:01z",
            "2008-01-01 01:01:01Z",
            "2008-1-01T01:01:01Z",
            "2008-01-1T01:01:01Z",
            "08-01-01T01:01:01Z",
            "+2008-01-01T01:01:01Z",
            "2008-00-01T01:01:01Z",
            "2008-13-01T01:01:01Z",
            "2008-01-00T01:01:01Z",
            "2008-01-32T01:01:01Z",
            "2007-02-29T01:01:01Z",
            "1900-02-29T01:01:01Z",
            "2008-04-31T01:01:01Z",
            "2008-01-01T24:00:00Z",
            "2008-01-01T01:60:00Z",
            "2008-01-01T01:01:60Z",
            "2008-01-01T01:1:01Z",
            "2008-01-01T01:01:1Z",
            "2008-01-01T001:01:01Z",
            "2008-01-01T01:01:01.Z",
            "2008-01-01T01:01:01.5",
            "2008-01-01T01:01:01+0100",
            "2008-01-01T01:01:01+01",
            "2008-01-01T01:01:01+1:00",
            "2008-01-01T01:01:01+25:00",
            "2008-01-01T01:01:01+01:61",
            "2008-01-01T01:01:01 +01:00",
            "2008-01-01T01:01:01ZZ",
            "2008-01-01T01:01:01Z ",
            " 2008-01-01T01:01:01Z",
            "2008-01-01T01:01:01UTC",
        ] {
            assert!(Time::parse_rfc3339(bad).is_err(), "{bad:?}");
        }
        let e = Time::parse_rfc3339("2008-13-01T01:01:01Z").unwrap_err();
        assert_eq!(e.reason(), "month out of range");
        assert!(e.to_string().contains("2008-13-01"), "{e}");
    }

    #[test]
    fn json_errors_point_at_the_value() {
        let e = json::from_slice::<Vec<Time>>(br#"["2008-01-01T01:01:01Z", "nope"]"#).unwrap_err();
        assert_eq!(e.offset(), 25);
        assert!(e.to_string().contains("nope"), "{e}");
        assert!(json::from_slice::<Time>(b"12").is_err());
        assert!(json::from_slice::<Time>(b"{}").is_err());
        assert!(json::from_slice::<Time>(b"nul").is_err());
    }

    #[test]
    fn round_trips_through_json() {
        for secs in [0, 1, -1, 1_199_149_261, 253_402_300_799, ZERO_UNIX + 1] {
            let v = Time::from_unix(secs);
            let bytes = json::to_vec(&v).unwrap();
            assert_eq!(json::from_slice::<Time>(&bytes).unwrap(), v, "{secs}");
        }
    }

    #[test]
    fn ordering_and_conversions() {
        assert!(Time::from_unix(1) < Time::from_unix(2));
        assert!(Time::ZERO < Time::from_unix(0));
        let m = MicroTime::from_unix(5, 123_456_789);
        assert_eq!(Time::from(m), Time::from_unix(5));
        assert_eq!(
            MicroTime::from(Time::from_unix(5)),
            MicroTime::from_unix(5, 0)
        );
        let now = Time::now();
        assert!(now.unix_seconds() > 1_600_000_000);
        assert!(MicroTime::now().unix_seconds() >= now.unix_seconds());
    }

    #[test]
    fn micro_time_encodes_six_digits() {
        let v = MicroTime::from_ymd_hms_micro(2010, 1, 1, 1, 1, 1, 10);
        assert_eq!(enc(&v), "\"2010-01-01T01:01:01.000010Z\"");
        assert_eq!(v.to_string(), "2010-01-01T01:01:01.000010Z");
        assert_eq!(v.unix_seconds(), 1_262_307_661);
        assert_eq!(v.subsec_nanos(), 10_000);
        assert_eq!(v.unix_micros(), 1_262_307_661_000_010);
        assert_eq!(
            enc(&MicroTime::from_unix(1_262_307_661, 0)),
            "\"2010-01-01T01:01:01.000000Z\""
        );
        assert_eq!(
            enc(&MicroTime::from_unix(0, 999_999_999)),
            "\"1970-01-01T00:00:00.999999Z\""
        );
        assert_eq!(
            enc(&MicroTime::from_unix_micros(-1)),
            "\"1969-12-31T23:59:59.999999Z\""
        );
        assert_eq!(MicroTime::from_unix_micros(-1).unix_micros(), -1);
        assert_eq!(MicroTime::from_unix(0, -1), MicroTime::from_unix_micros(-1));
        assert_eq!(
            MicroTime::from_unix(1, 1_500_000_000),
            MicroTime::from_unix(2, 500_000_000)
        );
    }

    #[test]
    fn micro_time_zero() {
        assert_eq!(MicroTime::default(), MicroTime::ZERO);
        assert_eq!(enc(&MicroTime::ZERO), "null");
        assert!(MicroTime::ZERO.is_zero_value());
        assert_eq!(
            json::from_slice::<MicroTime>(b"null").unwrap(),
            MicroTime::ZERO
        );
        let almost = MicroTime::from_unix(ZERO_UNIX, 1000);
        assert!(!almost.is_zero());
        assert_eq!(enc(&almost), "\"0001-01-01T00:00:00.000001Z\"");
    }

    #[test]
    fn micro_time_decodes_the_strict_layout() {
        let d = |s: &str| MicroTime::parse_rfc3339_micro(s);
        let v = MicroTime::from_ymd_hms_micro(2010, 1, 1, 1, 1, 1, 10);
        assert_eq!(d("2010-01-01T01:01:01.000010Z").unwrap(), v);
        assert_eq!(d("2010-01-01T01:01:01,000010Z").unwrap(), v);
        assert_eq!(d("2010-01-01T02:01:01.000010+01:00").unwrap(), v);
        assert_eq!(d("2010-01-01T1:01:01.000010Z").unwrap(), v);
        // Go reads the six characters with atoi: a sign is accepted, a negative value is not.
        assert_eq!(d("2010-01-01T01:01:01.+00010Z").unwrap(), v);
        assert_eq!(
            d("2010-01-01T01:01:01.-00000Z").unwrap(),
            MicroTime::from_ymd_hms_micro(2010, 1, 1, 1, 1, 1, 0)
        );
        for bad in [
            "2010-01-01T01:01:01Z",
            "2010-01-01T01:01:01.00001Z",
            "2010-01-01T01:01:01.0000100Z",
            "2010-01-01T01:01:01.000000001Z",
            "2010-01-01T01:01:01.-00001Z",
            "2010-01-01T01:01:01.00a010Z",
            "2010-01-01T01:01:01.000010",
            "2010-01-01T01:01:01.000010z",
        ] {
            assert!(d(bad).is_err(), "{bad:?}");
        }
        let j = json::from_slice::<MicroTime>(br#""2010-01-01T01:01:01.000010Z""#).unwrap();
        assert_eq!(j, v);
        assert_eq!(
            json::to_vec(&j).unwrap(),
            br#""2010-01-01T01:01:01.000010Z""#.to_vec()
        );
        assert!(json::from_slice::<MicroTime>(br#""2010-01-01T01:01:01Z""#).is_err());
        assert_eq!(
            "2010-01-01T01:01:01.000010Z".parse::<MicroTime>().unwrap(),
            v
        );
    }

    /// Inputs with what Go's `time.Parse` gives for them with the RFC 3339 layout (Unix
    /// seconds and UTC form; `None`: an error), sampled from a differential run.
    const GO_RFC3339_SAMPLES: &[(&str, Option<(i64, &str)>)] = &[
        (
            "0001-08-18T1:05:45+24:00",
            Some((-62115893655, "0001-08-17T01:05:45Z")),
        ),
        (
            "0000-03-02T23:29:54+24:00",
            Some((-62161950606, "0000-03-01T23:29:54Z")),
        ),
        (
            "1900-12-20T1:24:30.516996455-08:00",
            Some((-2178455730, "1900-12-20T09:24:30Z")),
        ),
        (
            "2100-01-23T15:55:49-12:00",
            Some((4104446149, "2100-01-24T03:55:49Z")),
        ),
        (
            "1970-07-14T6:53:29.5-00:00",
            Some((16786409, "1970-07-14T06:53:29Z")),
        ),
        (
            "1900-09-26T06:55:09-12:00",
            Some((-2185765491, "1900-09-26T18:55:09Z")),
        ),
        (
            "9999-06-07T12:13:48,952071108+00:00",
            Some((253384373628, "9999-06-07T12:13:48Z")),
        ),
        (
            "2100-02-24T14:16:33+05:30",
            Some((4107141993, "2100-02-24T08:46:33Z")),
        ),
        (
            "1900-09-04T11:52:27+23:60",
            Some((-2187778053, "1900-09-03T11:52:27Z")),
        ),
        (
            "2100-06-07T7:56:55Z",
            Some((4116038215, "2100-06-07T07:56:55Z")),
        ),
        (
            "2000-11-12T18:56:44+23:60",
            Some((973969004, "2000-11-11T18:56:44Z")),
        ),
        (
            "5412-11-11T21:20:39Z",
            Some((108646262439, "5412-11-11T21:20:39Z")),
        ),
        (
            "2100-03-01T22:16:21.166+24:00",
            Some((4107536181, "2100-02-28T22:16:21Z")),
        ),
        (
            "2100-04-03T15:01:49.845254272Z",
            Some((4110447709, "2100-04-03T15:01:49Z")),
        ),
        (
            "1900-02-27T11:35:19+23:59",
            Some((-2204108621, "1900-02-26T11:36:19Z")),
        ),
        (
            "2000-01-06T16:00:55-12:00",
            Some((947217655, "2000-01-07T04:00:55Z")),
        ),
        (
            "1900-01-21T10:56:19-12:00",
            Some((-2207178221, "1900-01-21T22:56:19Z")),
        ),
        (
            "0000-01-29T07:25:18+24:01",
            Some((-62164859742, "0000-01-28T07:24:18Z")),
        ),
        (
            "1970-09-24T16:18:24+23:59",
            Some((22954764, "1970-09-23T16:19:24Z")),
        ),
        (
            "0737-10-08T6:55:45-12:00",
            Some((-38885461455, "0737-10-08T18:55:45Z")),
        ),
        (
            "0000-01-21T0:03:09-08:00",
            Some((-62165462211, "0000-01-21T08:03:09Z")),
        ),
        (
            "1986-02-17T6:32:54Z",
            Some((509005974, "1986-02-17T06:32:54Z")),
        ),
        (
            "1970-06-05T7:20:59+24:00",
            Some((13332059, "1970-06-04T07:20:59Z")),
        ),
        (
            "0000-02-03T18:01:37.4+00:00",
            Some((-62164303103, "0000-02-03T18:01:37Z")),
        ),
        (
            "0000-02-06T4:36:13+23:59",
            Some((-62164178567, "0000-02-05T04:37:13Z")),
        ),
        (
            "2024-09-09T5:00:56+05:30",
            Some((1725838256, "2024-09-08T23:30:56Z")),
        ),
        (
            "2024-06-20T4:34:55+24:01",
            Some((1718771635, "2024-06-19T04:33:55Z")),
        ),
        (
            "2228-01-25T18:24:58+24:01",
            Some((8143698238, "2228-01-24T18:23:58Z")),
        ),
        (
            "2100-01-02T6:29:13-08:00",
            Some((4102583353, "2100-01-02T14:29:13Z")),
        ),
        (
            "9999-02-17T6:03:45+24:01",
            Some((253374760965, "9999-02-16T06:02:45Z")),
        ),
        (
            "2454-12-14T05:22:44.945338-08:00",
            Some((15303648164, "2454-12-14T13:22:44Z")),
        ),
        (
            "1970-10-04T01:23:05.110956335+24:01",
            Some((23764925, "1970-10-03T01:22:05Z")),
        ),
        (
            "1970-02-25T3:55:56.8+23:59",
            Some((4679816, "1970-02-24T03:56:56Z")),
        ),
        (
            "0000-11-27T8:44:16-12:00",
            Some((-62138546144, "0000-11-27T20:44:16Z")),
        ),
        (
            "9999-10-06T00:41:30.408374121+23:59",
            Some((253394700150, "9999-10-05T00:42:30Z")),
        ),
        (
            "0000-03-11T6:11:34+24:00",
            Some((-62161235306, "0000-03-10T06:11:34Z")),
        ),
        (
            "0001-09-06T7:36:18.847+23:59",
            Some((-62114228562, "0001-09-05T07:37:18Z")),
        ),
        (
            "1900-03-09T4:56:15Z",
            Some((-2203182225, "1900-03-09T04:56:15Z")),
        ),
        (
            "1970-04-06T03:08:55-00:00",
            Some((8219335, "1970-04-06T03:08:55Z")),
        ),
        (
            "0000-07-16T8:01:45+23:59",
            Some((-62150255835, "0000-07-15T08:02:45Z")),
        ),
        ("1739-06-01 09:56:29+23:59", None),
        ("2000-13-16 6:38:28+0100", None),
        ("1970-12-03T05:32:07 Z", None),
        ("0001-03-18T08:10:18.880133138+24::1", None),
        ("1970-02-05T03:31:00 Z", None),
        ("0000-00-31t8:25:50+05:30", None),
        ("2024-08-30 20:43:48+24:01", None),
        ("9999-12-13T24:17:57Z", None),
        ("0000-01-1430:15:54.982240+01", None),
        ("2100-03-01T4:02:43ZZ", None),
        ("1970-02-32 10:24:24+0100", None),
        ("1900-11-17T21:52:57+01", None),
        ("2000-08-07T9:19:16.+44011", None),
        ("0000-11-25 21:47:26.+28516+23:60", None),
        ("2100-12-05t3:20:29.342136837", None),
        ("8047-01-25t8:36:45+01", None),
        ("1900-05-29T00:25:07+1:00", None),
        ("2100-08-21 22:02:05-08:00", None),
        ("9999-02-07t6:59:40Z", None),
        ("2000-07-20T06:26:20+01", None),
    ];

    /// The same for Kubernetes' `RFC3339Micro` layout.
    const GO_RFC3339_MICRO_SAMPLES: &[(&str, Option<(i64, &str)>)] = &[
        (
            "2000-10-25T3:17:31.+43065+24:01",
            Some((972357391, "2000-10-24T03:16:31.043065Z")),
        ),
        (
            "0001-06-18T1:07:07.+13455+24:01",
            Some((-62121164033, "0001-06-17T01:06:07.013455Z")),
        ),
        (
            "0000-09-10T09:42:17.896061-00:00",
            Some((-62145325063, "0000-09-10T09:42:17.896061Z")),
        ),
        (
            "1970-09-17T6:53:19,456857-08:00",
            Some((22431199, "1970-09-17T14:53:19.456857Z")),
        ),
        (
            "8365-03-23T3:30:06.+23113-00:00",
            Some((201813737406, "8365-03-23T03:30:06.023113Z")),
        ),
        (
            "9671-06-29T07:10:08.597828+23:60",
            Some((243035536208, "9671-06-28T07:10:08.597828Z")),
        ),
        (
            "4680-03-31T7:53:11,061573+00:00",
            Some((85527129191, "4680-03-31T07:53:11.061573Z")),
        ),
        (
            "2024-09-11T4:20:50.080215+24:00",
            Some((1725942050, "2024-09-10T04:20:50.080215Z")),
        ),
        (
            "9999-07-15T09:40:00.+32713+24:00",
            Some((253387561200, "9999-07-14T09:40:00.032713Z")),
        ),
        (
            "1900-02-18T22:29:31.+16939+24:00",
            Some((-2204847029, "1900-02-17T22:29:31.016939Z")),
        ),
        (
            "0001-01-30T2:59:16.845477+00:00",
            Some((-62133080444, "0001-01-30T02:59:16.845477Z")),
        ),
        (
            "2000-03-23T05:17:58.540405+00:00",
            Some((953788678, "2000-03-23T05:17:58.540405Z")),
        ),
        (
            "0000-10-22T21:35:06.604012+24:01",
            Some((-62141739954, "0000-10-21T21:34:06.604012Z")),
        ),
        (
            "0001-04-18T1:08:44,345310+05:30",
            Some((-62126367676, "0001-04-17T19:38:44.345310Z")),
        ),
        (
            "0001-02-20T19:24:44,421367Z",
            Some((-62131206916, "0001-02-20T19:24:44.421367Z")),
        ),
        (
            "0000-09-09T01:03:29.+83727+24:00",
            Some((-62145528991, "0000-09-08T01:03:29.083727Z")),
        ),
        (
            "1900-10-20T06:16:05.720584+23:59",
            Some((-2183823775, "1900-10-19T06:17:05.720584Z")),
        ),
        (
            "2024-11-22T6:15:47,412804-00:00",
            Some((1732256147, "2024-11-22T06:15:47.412804Z")),
        ),
        (
            "9999-10-25T13:07:32,719488+23:60",
            Some((253396386452, "9999-10-24T13:07:32.719488Z")),
        ),
        (
            "2024-01-30T7:10:40,603136+24:01",
            Some((1706512180, "2024-01-29T07:09:40.603136Z")),
        ),
        (
            "2000-03-10T5:52:15,190859+00:00",
            Some((952667535, "2000-03-10T05:52:15.190859Z")),
        ),
        (
            "2595-05-24T8:13:30,183811+24:01",
            Some((19735431150, "2595-05-23T08:12:30.183811Z")),
        ),
        (
            "2024-12-29T3:07:14.525363+23:59",
            Some((1735355294, "2024-12-28T03:08:14.525363Z")),
        ),
        (
            "0000-10-27T4:31:29,637138+00:00",
            Some((-62141282911, "0000-10-27T04:31:29.637138Z")),
        ),
        (
            "0000-10-12T3:50:09,145877+24:00",
            Some((-62142667791, "0000-10-11T03:50:09.145877Z")),
        ),
        (
            "1900-11-14T09:21:13.692291+24:01",
            Some((-2181652787, "1900-11-13T09:20:13.692291Z")),
        ),
        (
            "1569-11-02T9:40:12.371879Z",
            Some((-12627929988, "1569-11-02T09:40:12.371879Z")),
        ),
        (
            "2000-07-09T18:28:58,899841+05:30",
            Some((963147538, "2000-07-09T12:58:58.899841Z")),
        ),
        (
            "2024-07-14T7:02:22.457714+23:60",
            Some((1720854142, "2024-07-13T07:02:22.457714Z")),
        ),
        (
            "2000-11-28T9:14:39.+92750+23:59",
            Some((975316539, "2000-11-27T09:15:39.092750Z")),
        ),
        (
            "2024-09-17T17:34:17,330110-00:00",
            Some((1726594457, "2024-09-17T17:34:17.330110Z")),
        ),
        (
            "0000-11-04T19:14:53.786633+05:30",
            Some((-62140558507, "0000-11-04T13:44:53.786633Z")),
        ),
        (
            "0000-01-12T1:35:25.+88387+23:59",
            Some((-62166349415, "0000-01-11T01:36:25.088387Z")),
        ),
        (
            "1970-05-07T12:36:02,552236+00:00",
            Some((10931762, "1970-05-07T12:36:02.552236Z")),
        ),
        (
            "9999-08-13T6:10:07.+99202+24:00",
            Some((253390054207, "9999-08-12T06:10:07.099202Z")),
        ),
        (
            "2100-02-10T0:20:25.+39862-00:00",
            Some((4105902025, "2100-02-10T00:20:25.039862Z")),
        ),
        (
            "1970-03-27T03:46:29,201616+23:59",
            Some((7271249, "1970-03-26T03:47:29.201616Z")),
        ),
        (
            "1900-01-19T15:50:52.268219+24:01",
            Some((-2207463008, "1900-01-18T15:49:52.268219Z")),
        ),
        (
            "0000-05-30T5:19:02,510796+23:59",
            Some((-62154326398, "0000-05-29T05:20:02.510796Z")),
        ),
        (
            "0001-02-13T4:32:33.520482-12:00",
            Some((-62131822047, "0001-02-13T16:32:33.520482Z")),
        ),
        ("2024-06-19T8:26:37,645+23:59", None),
        ("0001-00-20T11:46:33.-08:00", None),
        ("2100-07-20 6:57:06-12:00", None),
        ("4314-06-14T14:23:28", None),
        ("0000-12-07T11:52:52ZZ", None),
        ("9999-00-15t04:37:34+24:01", None),
        ("2100-10-17t14:40:29+24:00", None),
        ("2024-00-24T10:01:09+00:00", None),
        ("0001-03-12 10:20:14+24:01", None),
        ("2000-06-26 00:30:17+01", None),
        ("2258-09-32t9:58:12.506566498726+24:00", None),
        ("2000-12-09 9:04:38+25:00", None),
        ("7867-12-19T4:15:13Z", None),
        ("1900-13-01T06:07:17+23:60", None),
        ("1900-04-10 21:04:08.+52026+05:30", None),
        ("0001-03-13T8:52:59+24:00", None),
        ("1900-06-19T7:12:02-08:00", None),
        ("1970-01-22 17:53:36-12:00", None),
        ("0000-08-26T8:26:58+01", None),
        ("0001-09-21T0:49:29ZZ", None),
    ];

    #[test]
    fn matches_go_on_sampled_inputs() {
        for &(input, want) in GO_RFC3339_SAMPLES {
            let got = Time::parse_rfc3339(input).ok();
            assert_eq!(
                got.map(|t| (t.unix_seconds(), t.to_string())),
                want.map(|(n, s)| (n, s.to_owned())),
                "input {input:?}"
            );
        }
        for &(input, want) in GO_RFC3339_MICRO_SAMPLES {
            let got = MicroTime::parse_rfc3339_micro(input).ok();
            assert_eq!(
                got.map(|t| (t.unix_seconds(), t.to_string())),
                want.map(|(n, s)| (n, s.to_owned())),
                "input {input:?}"
            );
        }
    }

    // ---- Protobuf ----

    use kcodec::proto::{self, ProtoReader};

    /// `v` as field `tag` of an enclosing message (key, length, body); checks the size.
    fn proto_field<T: ProtoValue>(tag: u32, v: &T) -> Vec<u8> {
        let mut w = RevBuf::new();
        field::encode(&mut w, tag, v);
        assert_eq!(w.len(), field::len(tag, v));
        w.into_vec()
    }

    /// Decode the single field written by [`proto_field`].
    fn from_proto_field<T: ProtoValue>(bytes: &[u8]) -> kcodec::Result<T> {
        let mut r = ProtoReader::new(bytes);
        let (tag, wire) = r.read_key()?;
        let mut v = T::default();
        field::merge(&mut r, tag, wire, &mut v)?;
        if !r.at_end() {
            return Err(r.wire_error("trailing bytes"));
        }
        Ok(v)
    }

    /// Every proper prefix of an encoded field fails to decode (and nothing panics).
    fn assert_truncations_fail<T: ProtoValue + fmt::Debug>(bytes: &[u8]) {
        for cut in 0..bytes.len() {
            let got = from_proto_field::<T>(&bytes[..cut]);
            assert!(got.is_err(), "cut at {cut}: {got:?}");
        }
    }

    #[test]
    fn time_protobuf_bytes() {
        let v = t("2008-01-01T01:01:01Z");
        let body = [0x08, 0xcd, 0xa1, 0xe6, 0xbb, 0x04, 0x10, 0x00];
        assert_eq!(proto::to_vec(&v), body);
        assert_eq!(v.encoded_len(), body.len());
        assert_eq!(v.value_len(), body.len());
        assert_eq!(proto::from_slice::<Time>(&body).unwrap(), v);
        // As ObjectMeta.creationTimestamp (field 8).
        let f = proto_field(8, &v);
        assert_eq!(f[..2], [0x42, 0x08]);
        assert_eq!(f[2..], body);
        assert_eq!(from_proto_field::<Time>(&f).unwrap(), v);
        assert_truncations_fail::<Time>(&f);
        // Before the epoch: a 10-byte varint.
        let old = Time::from_ymd_hms(1900, 1, 1, 0, 0, 0);
        let bytes = proto::to_vec(&old);
        assert_eq!(bytes.len(), 1 + 10 + 2);
        assert_eq!(old.encoded_len(), bytes.len());
        assert_eq!(proto::from_slice::<Time>(&bytes).unwrap(), old);
    }

    #[test]
    fn time_protobuf_zero_is_empty() {
        assert_eq!(proto::to_vec(&Time::ZERO), b"");
        assert_eq!(Time::ZERO.value_len(), 0);
        // The enclosing message still writes the field, with length 0.
        assert_eq!(proto_field(8, &Time::ZERO), [0x42, 0x00]);
        assert_eq!(from_proto_field::<Time>(&[0x42, 0x00]).unwrap(), Time::ZERO);
        assert_eq!(proto::from_slice::<Time>(b"").unwrap(), Time::ZERO);
        // Merging an empty message resets a non-zero time, as Go's Unmarshal does.
        let mut v = Time::from_unix(5);
        ProtoValue::merge_value(&mut v, &mut ProtoReader::new(&[0x00])).unwrap();
        assert_eq!(v, Time::ZERO);
        // Seconds of the zero time spelled out decode to the zero time too.
        let mut w = RevBuf::new();
        encode_timestamp_rev(&mut w, ZERO_UNIX, 0);
        assert_eq!(proto::from_slice::<Time>(w.as_slice()).unwrap(), Time::ZERO);
    }

    /// A `Time` field given twice is read as Go's `Time.Unmarshal` reads it: the second
    /// occurrence replaces the first, it is not merged into it (protobuf's rule for messages,
    /// which prost follows). So an empty second occurrence is the zero time, and one holding
    /// only nanos is the epoch. Found by the `diff_proto_pod` fuzz target (a documented
    /// difference from prost).
    #[test]
    fn a_repeated_time_field_replaces_the_first() {
        use crate::core::v1::PodCondition;
        use crate::meta::v1::ManagedFieldsEntry;
        let five = [0x22, 0x02, 0x08, 0x05];
        let decode = |second: &[u8]| {
            let input = [&five[..], second].concat();
            let c: PodCondition = proto::from_slice(&input).unwrap();
            let e: ManagedFieldsEntry = proto::from_slice(&input).unwrap();
            assert_eq!(
                e.time,
                Some(c.last_transition_time),
                "value and pointer alike"
            );
            c.last_transition_time
        };
        assert_eq!(decode(&[]), Time::from_unix(5));
        assert_eq!(decode(&[0x22, 0x00]), Time::ZERO);
        assert_eq!(decode(&[0x22, 0x02, 0x10, 0x01]), Time::from_unix(0));
        assert_eq!(decode(&[0x22, 0x02, 0x08, 0x07]), Time::from_unix(7));
    }

    #[test]
    fn time_protobuf_decode_rules() {
        let d = |b: &[u8]| proto::from_slice::<Time>(b);
        // nanos ignored, whatever its value.
        assert_eq!(
            d(&[0x08, 0x05, 0x10, 0x90, 0x4e]).unwrap(),
            Time::from_unix(5)
        );
        // Not empty but without seconds: the Unix epoch, not the zero time.
        assert_eq!(d(&[0x10, 0x00]).unwrap(), Time::from_unix(0));
        assert_eq!(d(&[0x18, 0x07]).unwrap(), Time::from_unix(0));
        // Unknown fields skipped; the last seconds wins.
        assert_eq!(
            d(&[0x22, 0x01, 0xff, 0x08, 0x01, 0x08, 0x02]).unwrap(),
            Time::from_unix(2)
        );
        // Wrong wire types for known fields.
        let e = d(&[0x0a, 0x00]).unwrap_err();
        assert!(e.to_string().contains("wire type"), "{e}");
        assert!(d(&[0x15, 0, 0, 0, 0]).is_err());
        // As a field value: must be length-delimited.
        let mut v = Time::ZERO;
        let e = field::merge(&mut ProtoReader::new(&[0x05]), 8, WireType::Varint, &mut v);
        assert!(e.unwrap_err().to_string().contains("wire type"));
        // Truncated bodies.
        assert!(d(&[0x08]).is_err());
        assert!(d(&[0x08, 0xcd, 0xa1]).is_err());
        // A value with a length past the end.
        assert!(from_proto_field::<Time>(&[0x42, 0x09, 0x08, 0x01]).is_err());
    }

    #[test]
    fn micro_time_protobuf_bytes() {
        let v = MicroTime::from_ymd_hms_micro(2010, 1, 1, 1, 1, 1, 10);
        let body = [0x08, 0xcd, 0x92, 0xf5, 0xd9, 0x04, 0x10, 0x90, 0x4e];
        assert_eq!(proto::to_vec(&v), body);
        assert_eq!(v.value_len(), body.len());
        assert_eq!(proto::from_slice::<MicroTime>(&body).unwrap(), v);
        // As Event.eventTime (field 10).
        let f = proto_field(10, &v);
        assert_eq!(f[..2], [0x52, 0x09]);
        assert_eq!(f[2..], body);
        assert_eq!(from_proto_field::<MicroTime>(&f).unwrap(), v);
        assert_truncations_fail::<MicroTime>(&f);
        // Whole seconds still write nanos = 0.
        let whole = MicroTime::from_unix(7, 0);
        assert_eq!(proto::to_vec(&whole), [0x08, 0x07, 0x10, 0x00]);
        // Before the epoch: seconds floor, nanos positive.
        let before = MicroTime::from_unix_micros(-1);
        let bytes = proto::to_vec(&before);
        assert_eq!(before.encoded_len(), bytes.len());
        assert_eq!(proto::from_slice::<MicroTime>(&bytes).unwrap(), before);
        // Just after the zero time: not zero, so written.
        let almost = MicroTime::from_unix(ZERO_UNIX, 1000);
        assert!(!proto::to_vec(&almost).is_empty());
        assert_eq!(
            proto::from_slice::<MicroTime>(&proto::to_vec(&almost)).unwrap(),
            almost
        );
    }

    #[test]
    fn micro_time_protobuf_zero_and_truncation() {
        assert_eq!(proto::to_vec(&MicroTime::ZERO), b"");
        assert_eq!(proto_field(10, &MicroTime::ZERO), [0x52, 0x00]);
        assert_eq!(
            proto::from_slice::<MicroTime>(b"").unwrap(),
            MicroTime::ZERO
        );
        let d = |secs: i64, nanos: i32| {
            let mut w = RevBuf::new();
            encode_timestamp_rev(&mut w, secs, nanos);
            proto::from_slice::<MicroTime>(w.as_slice()).unwrap()
        };
        // Sub-microsecond nanos are dropped.
        assert_eq!(d(10, 1_999), MicroTime::from_unix(10, 1_000));
        assert_eq!(d(10, 999), MicroTime::from_unix(10, 0));
        // Negative nanos truncate toward zero first (Go's Duration.Truncate), then borrow
        // from the seconds: -1500 ns → -1 µs → 9.999999 s.
        assert_eq!(d(10, -1_500), MicroTime::from_unix(9, 999_999_000));
        // More than a second carries over.
        assert_eq!(d(10, 1_500_000_000), MicroTime::from_unix(11, 500_000_000));
        // Only unknown fields: the Unix epoch.
        assert_eq!(
            proto::from_slice::<MicroTime>(&[0x18, 0x01]).unwrap(),
            MicroTime::from_unix(0, 0)
        );
        assert!(proto::from_slice::<MicroTime>(&[0x12, 0x00]).is_err());
    }
}

/// CBOR: an RFC 3339 byte string in UTC (`Time`: whole seconds; `MicroTime`: six fraction
/// digits), the zero time as `null`; decoding takes a byte or text string (parsed as JSON's
/// decoder parses it) or `null` (the zero time), as apimachinery's `MarshalCBOR` and
/// `UnmarshalCBOR` do.
#[cfg(feature = "cbor")]
mod cbor {
    use kcodec::cbor::{write, CborDecode, CborEncode, CborReader};

    use super::{format_rfc3339, parse_time, Layout, MicroTime, Time, BUF_LEN};

    fn encode(out: &mut Vec<u8>, zero: bool, secs: i64, micros: Option<u32>) {
        if zero {
            write::write_null(out);
            return;
        }
        let mut buf = [0u8; BUF_LEN];
        let n = format_rfc3339(&mut buf, secs, micros, false);
        write::write_bytes(out, &buf[..n]);
    }

    fn decode(r: &mut CborReader<'_>, layout: Layout) -> kcodec::Result<Option<(i64, u32)>> {
        r.standalone(|r| decode_own(r, layout))
    }

    fn decode_own(r: &mut CborReader<'_>, layout: Layout) -> kcodec::Result<Option<(i64, u32)>> {
        if r.eat_nil()? {
            return Ok(None);
        }
        let start = r.offset();
        let s = r.read_str()?;
        parse_time(&s, layout).map(Some).map_err(|reason| {
            kcodec::Error::invalid_value(
                format!("parsing time {:?}: {reason}", String::from_utf8_lossy(&s)),
                start,
            )
        })
    }

    impl CborEncode for Time {
        fn encode_cbor(&self, out: &mut Vec<u8>) {
            encode(out, self.is_zero(), self.seconds, None);
        }
    }

    impl CborDecode for Time {
        fn decode_cbor(r: &mut CborReader<'_>) -> kcodec::Result<Self> {
            Ok(match decode(r, Layout::Rfc3339)? {
                Some((seconds, _)) => Time { seconds },
                None => Time::ZERO,
            })
        }
    }

    impl CborEncode for MicroTime {
        fn encode_cbor(&self, out: &mut Vec<u8>) {
            encode(out, self.is_zero(), self.seconds, Some(self.nanos / 1000));
        }
    }

    impl CborDecode for MicroTime {
        fn decode_cbor(r: &mut CborReader<'_>) -> kcodec::Result<Self> {
            Ok(match decode(r, Layout::Micro)? {
                Some((seconds, nanos)) => MicroTime { seconds, nanos },
                None => MicroTime::ZERO,
            })
        }
    }
}

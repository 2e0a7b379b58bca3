struct NotJson;

#[derive(Default, kcodec::Json)]
struct S {
    a: Vec<NotJson>,
}

impl Default for NotJson {
    fn default() -> Self {
        NotJson
    }
}

fn main() {}

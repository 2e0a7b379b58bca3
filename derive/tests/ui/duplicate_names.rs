#[derive(Default, kcodec::Json)]
struct S {
    #[kcodec(rename = "x", tag = 1)]
    a: i32,
    #[kcodec(rename = "x", tag = 1)]
    b: i32,
}

fn main() {}

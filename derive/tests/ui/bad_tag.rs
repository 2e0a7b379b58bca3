#[derive(Default, kcodec::Json)]
struct S {
    #[kcodec(tag = "one")]
    a: i32,
    #[kcodec(tag = 0)]
    b: i32,
}

fn main() {}

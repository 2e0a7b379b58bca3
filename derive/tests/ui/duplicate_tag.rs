#[derive(Default, kcodec::Json, kcodec::Proto)]
struct S {
    #[kcodec(tag = 1)]
    a: i32,
    #[kcodec(tag = 3)]
    b: i32,
    #[kcodec(tag = 3)]
    c: i32,
}

fn main() {}

#[derive(Default, kcodec::Json)]
struct S {
    #[kcodec(renmae = "x")]
    a: i32,
}

fn main() {}

#[derive(Default, kcodec::Json)]
struct Inner {
    a: i32,
}

#[derive(Default, kcodec::Json)]
struct S {
    #[kcodec(inline, omitempty)]
    inner: Inner,
}

fn main() {}

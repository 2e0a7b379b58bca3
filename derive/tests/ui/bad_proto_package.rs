#[derive(Default, kcodec::Json, kcodec::Proto)]
#[kcodec(proto_package = "example..v1")]
struct S {
    #[kcodec(tag = 1)]
    a: i32,
}

fn main() {}

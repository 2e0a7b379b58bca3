#[derive(Default, kcodec::Json)]
struct S(i32);

fn main() {}

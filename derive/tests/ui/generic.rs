#[derive(Default, kcodec::Json)]
struct S<T> {
    a: T,
}

fn main() {}

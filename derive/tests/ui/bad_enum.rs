#[derive(kcodec::Json)]
enum E {
    A,
    B { x: i32 },
    #[kcodec(other)]
    C,
}

fn main() {}

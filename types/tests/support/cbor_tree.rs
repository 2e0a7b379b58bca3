//! A CBOR item tree for mutation tests: parse Go's CBOR, change one node, write it back with
//! the liberties the decoder must accept (indefinite lengths, long heads, text strings,
//! tags) or must refuse (duplicate keys, bignums, NaN, undefined).

use kcodec_testkit::rng::Rng;

/// One CBOR data item.
#[derive(Clone, Debug)]
pub enum Item {
    Uint(u64),
    Neg(u64),
    Bytes(Vec<u8>),
    Text(Vec<u8>),
    Array(Vec<Item>),
    Map(Vec<(Item, Item)>),
    Tag(u64, Box<Item>),
    /// A simple value or float: the initial byte and the argument bytes.
    Simple(Vec<u8>),
    /// An item written with its containers/strings indefinite and heads 8 bytes long.
    Loose(Box<Item>),
}

/// Parse one well-formed, definite-length item (Go's output); returns it and its length.
pub fn parse(b: &[u8]) -> (Item, usize) {
    let (major, info) = (b[0] >> 5, b[0] & 31);
    let (arg, mut n) = match info {
        0..=23 => (info as u64, 1),
        24..=27 => {
            let k = 1usize << (info - 24);
            let mut v = 0u64;
            for &x in &b[1..1 + k] {
                v = (v << 8) | x as u64;
            }
            (v, 1 + k)
        }
        _ => panic!("unexpected head {:#x}", b[0]),
    };
    let item = match major {
        0 => Item::Uint(arg),
        1 => Item::Neg(arg),
        2 | 3 => {
            let s = b[n..n + arg as usize].to_vec();
            n += arg as usize;
            if major == 2 {
                Item::Bytes(s)
            } else {
                Item::Text(s)
            }
        }
        4 => {
            let mut v = Vec::new();
            for _ in 0..arg {
                let (i, k) = parse(&b[n..]);
                n += k;
                v.push(i);
            }
            Item::Array(v)
        }
        5 => {
            let mut v = Vec::new();
            for _ in 0..arg {
                let (k, a) = parse(&b[n..]);
                n += a;
                let (val, c) = parse(&b[n..]);
                n += c;
                v.push((k, val));
            }
            Item::Map(v)
        }
        6 => {
            let (i, k) = parse(&b[n..]);
            n += k;
            Item::Tag(arg, Box::new(i))
        }
        _ => Item::Simple(b[..n].to_vec()),
    };
    (item, n)
}

fn head(out: &mut Vec<u8>, major: u8, arg: u64, long: bool) {
    let m = major << 5;
    if long {
        out.push(m | 27);
        out.extend_from_slice(&arg.to_be_bytes());
    } else if arg < 24 {
        out.push(m | arg as u8);
    } else if arg <= 0xff {
        out.extend_from_slice(&[m | 24, arg as u8]);
    } else if arg <= 0xffff {
        out.push(m | 25);
        out.extend_from_slice(&(arg as u16).to_be_bytes());
    } else if arg <= 0xffff_ffff {
        out.push(m | 26);
        out.extend_from_slice(&(arg as u32).to_be_bytes());
    } else {
        out.push(m | 27);
        out.extend_from_slice(&arg.to_be_bytes());
    }
}

/// Write `item`; `loose` writes containers and strings with indefinite lengths (strings in
/// two chunks) and every head in its 8-byte form.
pub fn write(out: &mut Vec<u8>, item: &Item, loose: bool) {
    match item {
        Item::Uint(v) => head(out, 0, *v, loose),
        Item::Neg(v) => head(out, 1, *v, loose),
        Item::Bytes(s) | Item::Text(s) => {
            let major = if matches!(item, Item::Bytes(_)) { 2 } else { 3 };
            // Text chunks must each be UTF-8: split at a character boundary.
            let cut = (0..=s.len() / 2)
                .rev()
                .find(|&i| major == 2 || std::str::from_utf8(&s[..i]).is_ok())
                .unwrap_or(0);
            if loose {
                out.push(major << 5 | 31);
                head(out, major, cut as u64, true);
                out.extend_from_slice(&s[..cut]);
                head(out, major, (s.len() - cut) as u64, true);
                out.extend_from_slice(&s[cut..]);
                out.push(0xff);
            } else {
                head(out, major, s.len() as u64, false);
                out.extend_from_slice(s);
            }
        }
        Item::Array(v) => {
            if loose {
                out.push(0x9f);
            } else {
                head(out, 4, v.len() as u64, false);
            }
            for i in v {
                write(out, i, loose);
            }
            if loose {
                out.push(0xff);
            }
        }
        Item::Map(v) => {
            if loose {
                out.push(0xbf);
            } else {
                head(out, 5, v.len() as u64, false);
            }
            for (k, val) in v {
                write(out, k, loose);
                write(out, val, loose);
            }
            if loose {
                out.push(0xff);
            }
        }
        Item::Tag(t, i) => {
            head(out, 6, *t, loose);
            write(out, i, loose);
        }
        Item::Simple(b) => out.extend_from_slice(b),
        Item::Loose(i) => write(out, i, true),
    }
}

fn count(item: &Item) -> usize {
    1 + match item {
        Item::Array(v) => v.iter().map(count).sum(),
        Item::Map(v) => v.iter().map(|(k, x)| count(k) + count(x)).sum(),
        Item::Tag(_, i) | Item::Loose(i) => count(i),
        _ => 0,
    }
}

fn nth<'a>(item: &'a mut Item, n: &mut usize) -> Option<&'a mut Item> {
    if *n == 0 {
        return Some(item);
    }
    *n -= 1;
    match item {
        Item::Array(v) => v.iter_mut().find_map(|i| nth(i, n)),
        Item::Map(v) => v
            .iter_mut()
            .find_map(|(k, x)| nth(k, n).or_else(|| nth(x, n))),
        Item::Tag(_, i) | Item::Loose(i) => nth(i, n),
        _ => None,
    }
}

/// Change one node of `root` at random.
pub fn mutate(root: &mut Item, rng: &mut Rng) {
    let mut n = rng.below(count(root) as u64) as usize;
    let node = nth(root, &mut n).expect("a node");
    let taken = std::mem::replace(node, Item::Simple(vec![0xf6]));
    *node = match (rng.below(16), taken) {
        (0, Item::Bytes(s)) => Item::Text(s),
        (1, i) => Item::Loose(Box::new(i)),
        (2, i) => Item::Tag(*rng.pick(&[55799, 0, 1000, 21, 22, 23]), Box::new(i)),
        (3, Item::Map(mut v)) if !v.is_empty() => {
            let i = rng.below(v.len() as u64) as usize;
            let j = rng.below(v.len() as u64) as usize;
            v.swap(i, j);
            Item::Map(v)
        }
        (4, Item::Map(mut v)) if !v.is_empty() => {
            // A repeated key: always an error in Go.
            let i = rng.below(v.len() as u64) as usize;
            let mut dup = v[i].clone();
            if let (true, Item::Bytes(k)) = (rng.chance(50), &dup.0) {
                dup.0 = Item::Text(k.clone());
            }
            v.push(dup);
            Item::Map(v)
        }
        (5, Item::Map(mut v)) => {
            let key = match rng.below(3) {
                0 => Item::Bytes(b"unknownField".to_vec()),
                1 => Item::Text(b"zz".to_vec()),
                _ => Item::Uint(1),
            };
            v.push((key, Item::Uint(7)));
            Item::Map(v)
        }
        (6, Item::Map(mut v)) if !v.is_empty() => {
            v.remove(rng.below(v.len() as u64) as usize);
            Item::Map(v)
        }
        (7, Item::Uint(v)) => {
            // The same number as a float64.
            let mut b = vec![0xfb];
            b.extend_from_slice(&(v as f64).to_bits().to_be_bytes());
            Item::Simple(b)
        }
        (8, Item::Uint(v)) => Item::Uint(v.wrapping_add(1 << 31)),
        (9, Item::Uint(v)) => Item::Neg(v),
        (10, _) => Item::Simple(vec![*rng.pick(&[0xf6, 0xf7, 0xf4, 0xf5, 0xe0])]),
        (11, _) => Item::Simple(vec![0xf9, 0x7e, 0x00]),
        (12, i) if rng.chance(20) => Item::Tag(2, Box::new(i)),
        (13, _) => rng
            .pick(&[
                Item::Map(vec![]),
                Item::Array(vec![]),
                Item::Bytes(b"x".to_vec()),
                Item::Text(b"1".to_vec()),
                Item::Uint(0),
            ])
            .clone(),
        (14, Item::Bytes(mut s)) => {
            s.push(0xff);
            Item::Bytes(s)
        }
        (15, Item::Text(mut s)) => {
            s.push(0xff);
            Item::Text(s)
        }
        (_, i) => Item::Loose(Box::new(i)),
    };
}

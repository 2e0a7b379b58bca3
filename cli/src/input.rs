//! Reading a command's input (a file or stdin); its format is told by
//! [`kcodec::Format::detect`].

use std::io::Read;

use crate::Failure;

/// Read the whole input: the file `path`, or stdin for `None` and `-`.
pub fn read(path: Option<&str>) -> Result<Vec<u8>, Failure> {
    match path {
        None | Some("-") => {
            let mut buf = Vec::new();
            std::io::stdin()
                .lock()
                .read_to_end(&mut buf)
                .map_err(|e| Failure::Input(format!("reading stdin: {e}")))?;
            Ok(buf)
        }
        Some(p) => std::fs::read(p).map_err(|e| Failure::Input(format!("reading {p}: {e}"))),
    }
}

/// How messages name the input: its path, or `stdin`.
pub fn name(path: Option<&str>) -> &str {
    match path {
        None | Some("-") => "stdin",
        Some(p) => p,
    }
}

/// The first bytes of `input` in hex, for messages about binary input.
pub fn head_hex(input: &[u8]) -> String {
    let shown: Vec<String> = input.iter().take(8).map(|b| format!("{b:02x}")).collect();
    let more = if input.len() > 8 { " ..." } else { "" };
    format!("{}{more}", shown.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binary_heads_are_shown_in_hex() {
        assert_eq!(head_hex(b"\x1f\x8b\x08"), "1f 8b 08");
        assert_eq!(head_hex(b"012345678"), "30 31 32 33 34 35 36 37 ...");
    }
}

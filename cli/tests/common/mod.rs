//! Running the built `kcodec` binary in tests.

use std::io::Write;
use std::process::{Command, Stdio};

/// Run `kcodec ARGS` with `stdin`; its exit code, stdout and stderr.
pub fn kcodec(args: &[&str], stdin: &[u8]) -> (i32, Vec<u8>, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_kcodec"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The command may exit before reading all of its input (a usage error): ignore EPIPE.
    let _ = child.stdin.take().unwrap().write_all(stdin);
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        out.stdout,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// [`kcodec`] with the output as text.
#[allow(dead_code)]
pub fn kcodec_text(args: &[&str], stdin: &[u8]) -> (i32, String, String) {
    let (code, out, err) = kcodec(args, stdin);
    (code, String::from_utf8(out).unwrap(), err)
}

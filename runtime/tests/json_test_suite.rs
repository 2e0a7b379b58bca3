//! JSONTestSuite (Nicolas Seriot's parsing cases), read from `$KCODEC_JSON_TEST_SUITE`:
//! every `y_` case must be accepted, every `n_` case rejected with an error, and no case may
//! panic. `i_` cases may go either way; what kcodec does with each is printed.

use std::path::PathBuf;

use kcodec::json::{from_slice, RawValue};

fn suite_dir() -> Option<PathBuf> {
    let dir = kcodec_testkit::data::json_test_suite()?;
    Some(dir)
}

#[test]
fn json_test_suite() {
    let Some(dir) = suite_dir() else {
        return;
    };
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    entries.sort();
    assert!(!entries.is_empty(), "no cases in {}", dir.display());
    let (mut y, mut n, mut i_acc, mut i_rej) = (0, 0, 0, 0);
    let mut failures = Vec::new();
    for path in &entries {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let bytes = std::fs::read(path).unwrap();
        let result = std::panic::catch_unwind(|| from_slice::<RawValue>(&bytes));
        let Ok(result) = result else {
            failures.push(format!("{name}: panicked"));
            continue;
        };
        match (name.as_bytes()[0], &result) {
            (b'y', Ok(_)) => y += 1,
            (b'y', Err(e)) => failures.push(format!("{name}: rejected: {e}")),
            (b'n', Err(_)) => n += 1,
            (b'n', Ok(_)) => failures.push(format!("{name}: accepted")),
            (b'i', Ok(_)) => i_acc += 1,
            (b'i', Err(_)) => i_rej += 1,
            _ => {}
        }
    }
    println!(
        "JSONTestSuite: {y} y_ accepted, {n} n_ rejected, i_: {i_acc} accepted / {i_rej} rejected, {} failures",
        failures.len()
    );
    assert!(failures.is_empty(), "failures:\n{}", failures.join("\n"));
}

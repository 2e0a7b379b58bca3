//! `kcodec-typegen summary SRC`: per package of the Kubernetes API sources in SRC, the
//! import path, group, version and the numbers of kinds, structs and fields.
//!
//! `kcodec-typegen generate SRC TYPES [--check]`: write kcodec-types' generated modules
//! (`TYPES/src/generated/`) and the generated part of `TYPES/Cargo.toml`'s features from
//! SRC; with `--check`, write nothing and fail if any file differs from a fresh run.

use std::path::Path;
use std::process::ExitCode;

const USAGE: &str = "usage: kcodec-typegen summary <k8s-api-src folder>\n       \
                     kcodec-typegen generate <k8s-api-src folder> <kcodec-types folder> [--check]\n       \
                     kcodec-typegen package <k8s-api-src folder> <Go package folder> <import path> <output .rs> [--check]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match (args.first().map(String::as_str), args.get(1)) {
        (Some("summary"), Some(dir)) if args.len() == 2 => summary(dir),
        (Some("generate"), Some(src)) if args.len() >= 3 => {
            let check = match args.get(3).map(String::as_str) {
                None => false,
                Some("--check") if args.len() == 4 => true,
                _ => {
                    eprintln!("{USAGE}");
                    return ExitCode::from(2);
                }
            };
            match generate(Path::new(src), Path::new(&args[2]), check) {
                Ok(code) => code,
                Err(e) => {
                    eprintln!("error: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        (Some("package"), Some(src))
            if args.len() == 5 || (args.len() == 6 && args[5] == "--check") =>
        {
            match package(
                Path::new(src),
                Path::new(&args[2]),
                &args[3],
                Path::new(&args[4]),
                args.len() == 6,
            ) {
                Ok(code) => code,
                Err(e) => {
                    eprintln!("error: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

/// One Go API package outside Kubernetes' (a custom resource's) → one Rust file.
fn package(
    src: &Path,
    dir: &Path,
    import_path: &str,
    out: &Path,
    check: bool,
) -> Result<ExitCode, String> {
    let mut u = kcodec_typegen::Universe::load_k8s(src).map_err(|e| e.to_string())?;
    u.add_package(dir, import_path).map_err(|e| e.to_string())?;
    let command = "kcodec-typegen package (see this crate's docs)";
    let text = kcodec_typegen::emit::generate_outside(&u, import_path, command)?;
    let same = std::fs::read(out).ok().as_deref() == Some(text.as_bytes());
    if check {
        if same {
            println!("up to date: {}", out.display());
            return Ok(ExitCode::SUCCESS);
        }
        eprintln!("differs from a fresh run: {}", out.display());
        return Ok(ExitCode::FAILURE);
    }
    if !same {
        std::fs::write(out, &text).map_err(|e| format!("{}: {e}", out.display()))?;
    }
    println!("wrote {}", out.display());
    Ok(ExitCode::SUCCESS)
}

fn generate(src: &Path, types: &Path, check: bool) -> Result<ExitCode, String> {
    use kcodec_typegen::emit;
    let u = kcodec_typegen::Universe::load_k8s(src).map_err(|e| e.to_string())?;
    let g = emit::generate(&u);
    let cargo_path = types.join("Cargo.toml");
    let cargo = std::fs::read_to_string(&cargo_path)
        .map_err(|e| format!("{}: {e}", cargo_path.display()))?;
    let new_cargo = emit::splice_features(&cargo, &g.features)?;
    let mut wanted = g.files.clone();
    wanted.insert("Cargo.toml".into(), new_cargo);
    // Files under the generated folder that a fresh run would not write.
    let mut stale = Vec::new();
    let out_dir = types.join(emit::OUT_DIR);
    let mut stack = vec![out_dir.clone()];
    while let Some(d) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let rel = p
                    .strip_prefix(types)
                    .map_err(|e| e.to_string())?
                    .to_string_lossy()
                    .replace('\\', "/");
                if !wanted.contains_key(&rel) {
                    stale.push(p);
                }
            }
        }
    }
    let mut differ = Vec::new();
    for (rel, text) in &wanted {
        let path = types.join(rel);
        if std::fs::read(&path).ok().as_deref() != Some(text.as_bytes()) {
            differ.push(rel.clone());
            if !check {
                if let Some(parent) = path.parent() {
                    std::fs::create_dir_all(parent)
                        .map_err(|e| format!("{}: {e}", parent.display()))?;
                }
                std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
            }
        }
    }
    if !check {
        for p in &stale {
            std::fs::remove_file(p).map_err(|e| format!("{}: {e}", p.display()))?;
        }
    }
    let c = g.counts;
    println!(
        "{} packages, {} structs, {} fields, {} kinds, {} constants; {} Go structs left out",
        c.packages,
        c.structs,
        c.fields,
        c.kinds,
        c.consts,
        g.skipped.len()
    );
    for s in &g.skipped {
        println!("  left out: {s}");
    }
    if check {
        for d in &differ {
            eprintln!("differs from a fresh run: {d}");
        }
        for p in &stale {
            eprintln!("not written by a fresh run: {}", p.display());
        }
        if differ.is_empty() && stale.is_empty() {
            println!("up to date: {} files", wanted.len());
            Ok(ExitCode::SUCCESS)
        } else {
            eprintln!("regenerate with: cargo run -p kcodec-typegen -- generate <k8s-api-src> <kcodec-types>");
            Ok(ExitCode::FAILURE)
        }
    } else {
        println!("wrote {} files, removed {}", differ.len(), stale.len());
        Ok(ExitCode::SUCCESS)
    }
}

fn summary(dir: &str) -> ExitCode {
    let start = std::time::Instant::now();
    let u = match kcodec_typegen::Universe::load_k8s(std::path::Path::new(dir)) {
        Ok(u) => u,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let elapsed = start.elapsed();
    println!(
        "{:<48} {:<32} {:<9} {:>5} {:>7} {:>7} {:>6}",
        "import path", "group", "version", "kinds", "structs", "fields", "consts"
    );
    let (mut tk, mut ts, mut tf, mut tc) = (0, 0, 0, 0);
    for p in u.packages.values() {
        let kinds = p.own_kinds().count();
        let structs = p.structs().count();
        let fields: usize = p.structs().map(|t| t.fields().map_or(0, <[_]>::len)).sum();
        let group = match p.group() {
            Some("") => "\"\" (core)".to_string(),
            Some(g) => g.to_string(),
            None => "-".to_string(),
        };
        println!(
            "{:<48} {:<32} {:<9} {:>5} {:>7} {:>7} {:>6}",
            p.import_path,
            group,
            p.version,
            kinds,
            structs,
            fields,
            p.consts.len()
        );
        tk += kinds;
        ts += structs;
        tf += fields;
        tc += p.consts.len();
    }
    println!(
        "{:<48} {:<32} {:<9} {:>5} {:>7} {:>7} {:>6}",
        format!("total: {} packages", u.packages.len()),
        "",
        "",
        tk,
        ts,
        tf,
        tc
    );
    println!(
        "distinct registered group/version/kinds (all packages, __internal excluded): {}",
        u.all_kinds().len()
    );
    println!("read in {elapsed:.2?}");
    ExitCode::SUCCESS
}

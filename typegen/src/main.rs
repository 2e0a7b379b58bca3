//! `kcodec-typegen summary DIR`: per package of the Kubernetes API sources in DIR, the
//! import path, group, version and the numbers of kinds, structs and fields.

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some("summary"), Some(dir)) = (args.first().map(String::as_str), args.get(1)) else {
        eprintln!("usage: kcodec-typegen summary <k8s-api-src folder>");
        return ExitCode::from(2);
    };
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

//! `kcodec`: convert and inspect Kubernetes objects with kcodec's generated codecs.
//!
//! ```text
//! kcodec convert [--to json|json-pretty|pb|yaml] [--type GROUP.VERSION.KIND] [--strict] [FILE|-]
//! kcodec watch [--to json|pb] [FILE|-]
//! kcodec inspect FILE
//! kcodec kinds
//! kcodec demo [--runs N]
//! kcodec codegen proto --out DIR
//! ```
//!
//! `kcodec --help` and `kcodec COMMAND --help` describe each command (see [`args`]).

mod args;
mod codegen;
mod convert;
mod decode;
mod demo;
mod input;
mod inspect;
mod watch;

use std::process::ExitCode;

use clap::Parser;

use args::{Cli, CodegenCommand, Command};

fn main() -> ExitCode {
    // clap prints help and --version (exit 0) and command-line errors (exit 2) itself.
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Convert(args) => convert::run(args),
        Command::Watch(args) => watch::run(args),
        Command::Inspect(args) => inspect::run(args),
        Command::Kinds => {
            kinds();
            Ok(())
        }
        Command::Demo(args) => demo::run(args),
        Command::Codegen(CodegenCommand::Proto(args)) => codegen::run(args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Usage(msg)) => {
            eprintln!("kcodec: {msg}\nRun `kcodec --help` for usage.");
            ExitCode::from(2)
        }
        Err(Failure::Input(msg)) => {
            eprintln!("kcodec: error: {msg}");
            ExitCode::from(1)
        }
        Err(Failure::Strict(n)) => {
            eprintln!("kcodec: strict decoding found {n} problem(s)");
            ExitCode::from(3)
        }
    }
}

/// `kcodec kinds`: one line per registered kind.
fn kinds() {
    for k in kcodec_types::registry::kinds() {
        println!(
            "{:<45} apiVersion={} kind={}",
            k.fixture_name(),
            k.api_version(),
            k.kind
        );
    }
}

/// Why a command failed; decides the exit code.
pub enum Failure {
    /// Bad command line (exit 2).
    Usage(String),
    /// Bad input or I/O error (exit 1), as one line.
    Input(String),
    /// Strict mode found unknown or duplicate fields (exit 3).
    Strict(usize),
}

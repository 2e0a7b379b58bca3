//! demo
pub fn run() -> Result<(), crate::Failure> {
    Ok(())
}

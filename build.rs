// Rebuild when embedded files change: sqlx's migrate! and the Fluent loader
// read these directories at compile time.
fn main() {
    println!("cargo:rerun-if-changed=migrations");
    println!("cargo:rerun-if-changed=locales");
    println!("cargo:rerun-if-changed=data");
    println!("cargo:rerun-if-changed=static");
}

//! Package benchmark: time and peak heap to build the three artifacts (JSON,
//! PDF, ZIP) for the reference request and report, and, in the same run,
//! headless Chromium printing the same content from HTML, as a ratio.
//! The repeated builds share a thread, so from the second on every word is
//! shaped already; the cold median builds each package in a fresh thread.
//!
//! `cargo bench --bench package` (release build). Options through the
//! environment: `BENCH_ITERATIONS` (default 200), `BENCH_CHROMIUM_RUNS`
//! (default 5; 0 skips Chromium), `BENCH_CHROMIUM` (default
//! /usr/bin/chromium).

use std::alloc::{GlobalAlloc, Layout, System};
use std::fmt::Write as _;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use casebridge::package::{Block, PdfInput, build_package, fonts, samples};

/// Counts heap bytes in use and the highest value since the last reset, so
/// a package's peak memory can be read without an external profiler.
struct Counting;

static IN_USE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn note_alloc(size: usize) {
    let now = IN_USE.fetch_add(size, Ordering::Relaxed) + size;
    PEAK.fetch_max(now, Ordering::Relaxed);
}

// SAFETY: every call is forwarded unchanged to the system allocator; the
// counters are only bookkeeping.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        note_alloc(layout.size());
        // SAFETY: same layout as the caller's, per GlobalAlloc's contract.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        IN_USE.fetch_sub(layout.size(), Ordering::Relaxed);
        // SAFETY: `ptr` came from `System.alloc` with this layout.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if new_size > layout.size() {
            note_alloc(new_size - layout.size());
        } else {
            IN_USE.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
        }
        // SAFETY: forwarded unchanged.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

fn process_peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
}

struct Result {
    name: &'static str,
    /// Median of builds each in a fresh thread: nothing shaped yet, a new
    /// line segmenter (fonts stay parsed: once per process).
    cold: Duration,
    median: Duration,
    p95: Duration,
    peak_heap: usize,
    pdf_pages_bytes: (usize, usize),
    zip_bytes: usize,
}

type Input = (
    casebridge::package::EnvelopeMeta,
    serde_json::Value,
    PdfInput,
    Vec<casebridge::package::Attachment>,
);

/// The median time of `runs` builds, each in a thread of its own, so none
/// finds the words already shaped by an earlier one.
fn cold_median(package: &Input, runs: usize) -> Duration {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let (meta, doc, pdf, attachments) = package.clone();
            std::thread::spawn(move || {
                let start = Instant::now();
                build_package(&meta, &doc, pdf, &[], &attachments).expect("builds");
                start.elapsed()
            })
            .join()
            .expect("the build thread ends")
        })
        .collect();
    times.sort();
    percentile(&times, 0.5)
}

fn bench_package(name: &'static str, package: Input, iterations: usize) -> Result {
    let cold = cold_median(&package, 15);
    let (meta, doc, pdf, attachments) = package;
    // One untimed run so lazily built tables (line segmenter) exist.
    let first = build_package(&meta, &doc, pdf.clone(), &[], &attachments).expect("builds");
    let mut times = Vec::with_capacity(iterations);
    let mut peak_heap = 0;
    for _ in 0..iterations {
        let input = pdf.clone();
        let base = IN_USE.load(Ordering::Relaxed);
        PEAK.store(base, Ordering::Relaxed);
        let start = Instant::now();
        let p = build_package(&meta, &doc, input, &[], &attachments).expect("builds");
        times.push(start.elapsed());
        peak_heap = peak_heap.max(PEAK.load(Ordering::Relaxed).saturating_sub(base));
        assert_eq!(p.zip, first.zip, "not reproducible");
    }
    times.sort();
    Result {
        name,
        cold,
        median: percentile(&times, 0.5),
        p95: percentile(&times, 0.95),
        peak_heap,
        pdf_pages_bytes: (page_count(&first.pdf), first.pdf.len()),
        zip_bytes: first.zip.len(),
    }
}

fn page_count(pdf: &[u8]) -> usize {
    lopdf::Document::load_mem(pdf).map_or(0, |d| d.get_pages().len())
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('\n', "<br>")
}

fn label_html(l: &casebridge::package::Label) -> String {
    match &l.local {
        Some(local) => format!("{}<br><span class=local>{}</span>", esc(&l.en), esc(local)),
        None => esc(&l.en),
    }
}

/// The same content as the PDF, as print-ready HTML for Chromium: cover
/// table, sections of rows, tables, a running header and page numbers via
/// CSS paged media, the same Noto fonts from the repository.
fn html_for(input: &PdfInput) -> String {
    let fonts_dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fonts");
    let mut h = String::new();
    let lang = input.recipient_locale.map_or("en", |l| l.tag());
    let _ = write!(
        h,
        "<!doctype html><html lang={lang}><meta charset=utf-8><style>\
         @font-face{{font-family:NS;src:url(file://{fonts_dir}/NotoSans-Regular.ttf)}}\
         @font-face{{font-family:NS;font-weight:bold;src:url(file://{fonts_dir}/NotoSans-Bold.ttf)}}\
         @font-face{{font-family:NT;src:url(file://{fonts_dir}/NotoSansThai-Regular.ttf)}}\
         @font-face{{font-family:NC;src:url(file://{fonts_dir}/NotoSansCJK-Regular.ttc)}}\
         @page{{size:A4;margin:24mm 17mm 22mm}}\
         body{{font:10pt NS,NT,NC,sans-serif}} table{{width:100%;border-collapse:collapse}}\
         td,th{{border-bottom:.4pt solid #999;padding:4pt;vertical-align:top;text-align:left;word-break:break-word}}\
         tr{{break-inside:avoid}} th{{background:#eceef2;font-size:8pt}} .local{{color:#555}}\
         .label{{width:160pt;font-size:8.5pt;font-weight:bold}} header{{color:#b00;font-weight:bold}}</style><body>"
    );
    let _ = write!(
        h,
        "<header>SENSITIVE</header><h1>{}</h1><table>",
        label_html(&input.document_kind)
    );
    for (k, v) in [
        ("Package ID", input.package_id.to_string()),
        ("Sender", input.sender.clone()),
        ("Recipient", input.recipient.clone()),
        ("Created (UTC)", input.created.to_string()),
        ("SHA-256 of document.json", input.json_sha256.clone()),
    ] {
        let _ = write!(h, "<tr><td class=label>{k}<td>{}", esc(&v));
    }
    h.push_str("</table>");
    for s in &input.sections {
        let _ = write!(h, "<h2>{}</h2>", label_html(&s.heading));
        for b in &s.blocks {
            match b {
                Block::Row { label, value } => {
                    let _ = write!(
                        h,
                        "<table><tr><td class=label>{}<td>{}</table>",
                        label_html(label),
                        esc(value)
                    );
                }
                Block::Table(t) => {
                    h.push_str("<table><thead><tr>");
                    for c in &t.columns {
                        let _ = write!(h, "<th>{}", label_html(c));
                    }
                    h.push_str("<tbody>");
                    for r in &t.rows {
                        h.push_str("<tr>");
                        for c in r {
                            let _ = write!(h, "<td>{}", esc(c));
                        }
                    }
                    h.push_str("</table>");
                }
            }
        }
    }
    let _ = write!(
        h,
        "<footer>Package ID: {}</footer></body></html>",
        input.package_id
    );
    h
}

struct ChromiumResult {
    median: Duration,
    peak_rss_kib: Option<u64>,
}

fn bench_chromium(chromium: &str, input: &PdfInput, runs: usize) -> Option<ChromiumResult> {
    let dir = tempfile::tempdir().ok()?;
    let html = dir.path().join("document.html");
    std::fs::write(&html, html_for(input)).ok()?;
    let gnu_time = std::path::Path::new("/usr/bin/time").exists();
    let mut times = Vec::new();
    let mut peak = None;
    for i in 0..runs {
        let out = dir.path().join(format!("out{i}.pdf"));
        let profile = dir.path().join(format!("profile{i}"));
        let mut cmd = if gnu_time {
            let mut c = Command::new("/usr/bin/time");
            c.args(["-f", "%M"]).arg(chromium);
            c
        } else {
            Command::new(chromium)
        };
        cmd.args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-pdf-header-footer",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(format!("--print-to-pdf={}", out.display()))
        .arg(format!("file://{}", html.display()));
        let start = Instant::now();
        let output = cmd.output().ok()?;
        let elapsed = start.elapsed();
        if !out.exists() {
            eprintln!(
                "chromium wrote no PDF: {}",
                String::from_utf8_lossy(&output.stderr)
            );
            return None;
        }
        times.push(elapsed);
        if gnu_time {
            let stderr = String::from_utf8_lossy(&output.stderr);
            if let Some(kib) = stderr
                .lines()
                .rev()
                .find_map(|l| l.trim().parse::<u64>().ok())
            {
                peak = Some(peak.map_or(kib, |p: u64| p.max(kib)));
            }
        }
    }
    times.sort();
    Some(ChromiumResult {
        median: percentile(&times, 0.5),
        peak_rss_kib: peak,
    })
}

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --benches` does not, and
    // a debug-build benchmark with Chromium runs would only waste its time.
    if !std::env::args().any(|a| a == "--bench") {
        println!("package benchmark: run it with `cargo bench --bench package`");
        return;
    }
    let iterations = env_usize("BENCH_ITERATIONS", 200).max(1);
    let chromium_runs = env_usize("BENCH_CHROMIUM_RUNS", 5);
    let chromium = std::env::var("BENCH_CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());

    let start = Instant::now();
    fonts::warm_up().expect("fonts load");
    let font_load = start.elapsed();

    let mut results = vec![
        bench_package(
            "reference request",
            samples::reference_request_package(),
            iterations,
        ),
        bench_package(
            "reference report (ko)",
            samples::reference_report_package(),
            iterations,
        ),
    ];
    // One package per script added for South Asia, Cambodia and the Middle
    // East, and emoji: labels in the reader's language where casebridge has
    // it, values in the script.
    for (name, language, sample) in [
        ("report, Devanagari (ne)", "ne", samples::DEVANAGARI),
        ("report, Bengali (bn)", "bn", samples::BENGALI),
        ("report, Sinhala (si)", "si", samples::SINHALA),
        ("report, Tamil (ta)", "ta", samples::TAMIL),
        ("report, Khmer (km)", "km", samples::KHMER),
        ("report, Urdu (ur)", "ur", samples::URDU),
        ("report, Hebrew", "he", samples::HEBREW),
        ("report, emoji", "en", samples::EMOJI),
    ] {
        results.push(bench_package(
            name,
            samples::report_package_in(language, sample),
            iterations,
        ));
    }

    println!("casebridge package benchmark");
    println!(
        "machine: {} cores, {}",
        std::thread::available_parallelism().map_or(0, |n| n.get()),
        cpu_model()
    );
    println!("fonts parsed once per process: {:.1} ms", ms(font_load));
    println!("iterations per document: {iterations}\n");
    println!(
        "| document | pages | PDF bytes | ZIP bytes | median | p95 | cold median | peak heap | Chromium median | Chromium peak RSS | ratio |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    // Chromium only for the two first documents: its time is dominated by
    // starting the browser, whatever the script.
    let inputs = [samples::reference_request(), samples::reference_report()];
    for (i, r) in results.iter().enumerate() {
        let input = inputs.get(i);
        let chrome = if let Some(input) = input
            && chromium_runs > 0
            && std::path::Path::new(&chromium).exists()
        {
            bench_chromium(&chromium, input, chromium_runs)
        } else {
            None
        };
        let (c_med, c_rss, ratio) = match &chrome {
            Some(c) => (
                format!("{:.0} ms", ms(c.median)),
                c.peak_rss_kib
                    .map_or("n/a".into(), |k| format!("{:.0} MiB", k as f64 / 1024.0)),
                format!("{:.0}×", c.median.as_secs_f64() / r.median.as_secs_f64()),
            ),
            None => ("skipped".into(), "n/a".into(), "n/a".into()),
        };
        println!(
            "| {} | {} | {} | {} | {:.2} ms | {:.2} ms | {:.2} ms | {:.1} MiB | {} | {} | {} |",
            r.name,
            r.pdf_pages_bytes.0,
            r.pdf_pages_bytes.1,
            r.zip_bytes,
            ms(r.median),
            ms(r.p95),
            ms(r.cold),
            r.peak_heap as f64 / (1024.0 * 1024.0),
            c_med,
            c_rss,
            ratio
        );
    }
    if let Some(kib) = process_peak_rss_kib() {
        println!(
            "\nbenchmark process peak RSS (fonts, binary, all iterations): {:.0} MiB",
            kib as f64 / 1024.0
        );
    }
}

fn cpu_model() -> String {
    std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines().find_map(|l| {
                l.strip_prefix("model name")
                    .map(|v| v.trim_start_matches([' ', '\t', ':']).to_string())
            })
        })
        .unwrap_or_else(|| "unknown CPU".into())
}

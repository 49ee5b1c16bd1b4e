//! The long-running commands as processes: `dangdang sandbox` serves what `dangdang call` sends,
//! and Ctrl-C stops `dangdang pages` after the current page.

mod common;

use std::io::{BufRead, BufReader, Read};
use std::process::Stdio;
use std::time::Duration;

use common::{dangdang, sandbox};
use dangdang_sandbox::{Fault, Trigger};

#[test]
fn the_sandbox_subcommand_serves_calls() {
    let mut server = dangdang()
        .args(["sandbox", "--port", "0", "--orders", "12", "--quiet"])
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut banner = BufReader::new(server.stdout.take().unwrap());
    let mut export = String::new();
    while !export.starts_with("export ") {
        export.clear();
        assert!(banner.read_line(&mut export).unwrap() > 0, "the banner ends without an export line");
    }
    let run = |args: &[&str]| {
        let mut command = dangdang();
        for pair in export.trim().trim_start_matches("export ").split(' ') {
            let (name, value) = pair.split_once('=').unwrap();
            command.env(name, value);
        }
        command.args(args).output()
    };
    let first_page = run(&["call", "orders_list_get", "-p", "os=101"]).unwrap();
    let walk = run(&["pages", "orders_list_get", "-p", "os=101", "-p", "pageSize=5"]);
    let _ = server.kill();
    let _ = server.wait();
    common::assert_code(&first_page, 0);
    let reply: serde_json::Value = serde_json::from_slice(&first_page.stdout).unwrap();
    let walk = walk.unwrap();
    common::assert_code(&walk, 0);
    assert_eq!(reply["total_info"]["order_count"], common::stdout(&walk).lines().count() as i64, "typed JSON");
}

#[test]
fn ctrl_c_stops_pages_after_the_current_page() {
    let sandbox = sandbox();
    sandbox.faults().add("dangdang.orders.list.get", Trigger::Rate(1.0), Fault::Slow(Duration::from_millis(300)));
    let mut walk = dangdang()
        .env("DANGDANG_ENDPOINT", sandbox.endpoint())
        .env("DANGDANG_APP_KEY", sandbox.app_key())
        .env("DANGDANG_APP_SECRET", sandbox.app_secret())
        .env("DANGDANG_SESSION", sandbox.session())
        .args(["pages", "orders_list_get", "-p", "pageSize=5"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = BufReader::new(walk.stdout.take().unwrap());
    let mut first = String::new();
    stdout.read_line(&mut first).unwrap();
    assert!(first.contains("\"order_id\""), "{first}");
    let interrupt = std::process::Command::new("kill").args(["-INT", &walk.id().to_string()]).status().unwrap();
    assert!(interrupt.success());
    let mut rest = String::new();
    stdout.read_to_string(&mut rest).unwrap();
    let mut stderr = String::new();
    walk.stderr.take().unwrap().read_to_string(&mut stderr).unwrap();
    let status = walk.wait().unwrap();
    assert_eq!(status.code(), Some(130), "{stderr}");
    assert!(stderr.contains("interrupted after page"), "{stderr}");
    let lines = 1 + rest.lines().count();
    assert_eq!(lines % 5, 0, "whole pages only: {lines} lines");
    assert!(lines < sandbox.shop().orders.len(), "stopped early: {lines} lines");
    assert!(rest.lines().all(|line| serde_json::from_str::<serde_json::Value>(line).is_ok()), "no cut line");
}

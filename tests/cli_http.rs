//! Command-line tests of `netdojo http`: exact output, errors and exit codes.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use assert_cmd::Command;

fn netdojo() -> Command {
    let mut cmd = Command::cargo_bin("netdojo").unwrap();
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd
}

#[test]
fn check_a_clean_get_exits_0() {
    netdojo()
        .args(["http", "check", "assets/http/get-clean.http"])
        .assert()
        .code(0)
        .stdout(
            r"assets/http/get-clean.http: request
LINE  PART          END   TEXT                      MEANING
1     request line  CRLF  GET /index.html HTTP/1.1  method GET, target /index.html, version HTTP/1.1
2     header        CRLF  Host: www.example.co.jp   the server name (and port) the request is for
3     header        CRLF  User-Agent: curl/8.5.0    the client software
4     header        CRLF  Accept: */*               the media types the client can take
5     empty line    CRLF                            ends the headers
6     body                                          no body (0 bytes)
No problems found.
",
        )
        .stderr(r"");
}

#[test]
fn check_a_clean_post_and_response() {
    netdojo()
        .args(["http", "check", "assets/http/post-clean.http", "assets/http/response-ok.http"])
        .assert()
        .code(0)
        .stdout(r#"assets/http/post-clean.http: request
LINE  PART          END   TEXT                                             MEANING
1     request line  CRLF  POST /login HTTP/1.1                             method POST, target /login, version HTTP/1.1
2     header        CRLF  Host: www.example.co.jp                          the server name (and port) the request is for
3     header        CRLF  Content-Type: application/x-www-form-urlencoded  the media type of the body
4     header        CRLF  Content-Length: 27                               the body's size in bytes
5     empty line    CRLF                                                   ends the headers
6     body                user=ec2-user&remember=true                      27 bytes
No problems found.

assets/http/response-ok.http: response
LINE  PART         END   TEXT                                    MEANING
1     status line  CRLF  HTTP/1.1 200 OK                         version HTTP/1.1, status 200, reason "OK"
2     header       CRLF  Date: Sun, 15 Jun 2025 09:00:00 GMT     when the message was made
3     header       CRLF  Server: nginx                           the server software
4     header       CRLF  Content-Type: text/html; charset=utf-8  the media type of the body
5     header       CRLF  Content-Length: 29                      the body's size in bytes
6     empty line   CRLF                                          ends the headers
7     body               <!doctype html>\n<p>Hello</p>\n         29 bytes
No problems found.
"#)
        .stderr(r"");
}

#[test]
fn check_bare_lf_exits_1() {
    netdojo()
        .args(["http", "check", "assets/http/broken-bare-lf.http"])
        .assert()
        .code(1)
        .stdout(
            r"assets/http/broken-bare-lf.http: request
LINE  PART          END  TEXT                      MEANING
1     request line  LF   GET /index.html HTTP/1.1  method GET, target /index.html, version HTTP/1.1
2     header        LF   Host: www.example.co.jp   the server name (and port) the request is for
3     header        LF   Accept: */*               the media types the client can take
4     empty line    LF                             ends the headers
5     body                                         no body (0 bytes)
1 problem:
  - lines 1, 2, 3, 4 end with a bare LF (\n); HTTP/1.1 lines end with CRLF (\r\n)
",
        )
        .stderr(r"");
}

#[test]
fn check_header_problems() {
    netdojo()
        .args(["http", "check", "assets/http/broken-headers.http"])
        .assert()
        .code(1)
        .stdout(
            r#"assets/http/broken-headers.http: request
LINE  PART          END   TEXT                      MEANING
1     request line  CRLF  GET /index.html HTTP/1.1  method GET, target /index.html, version HTTP/1.1
2     header        CRLF  Host : www.example.co.jp  the server name (and port) the request is for
3     header        CRLF  Host: example.co.jp       the server name (and port) the request is for
4     header        CRLF  X-Note: first part        a header field
5     folded line   CRLF    of a folded value       continues the header above (obsolete folding)
6     empty line    CRLF                            ends the headers
7     body                                          no body (0 bytes)
3 problems:
  - line 2: whitespace before the colon in "Host :", which a server must reject
  - line 5 starts with whitespace: folding a header over lines (obs-fold) is obsolete
  - Host appears 2 times (lines 2, 3); a request has exactly one
"#,
        )
        .stderr(r"");
}

#[test]
fn check_bad_status_code_and_length_with_chunked() {
    netdojo()
        .args(["http", "check", "assets/http/broken-response.http"])
        .assert()
        .code(1)
        .stdout(
            r#"assets/http/broken-response.http: response
LINE  PART         END   TEXT                        MEANING
1     status line  CRLF  HTTP/1.1 20 OK              version HTTP/1.1, status 20, reason "OK"
2     header       CRLF  Content-Type: text/plain    the media type of the body
3     header       CRLF  Content-Length: 100         the body's size in bytes
4     header       CRLF  Transfer-Encoding: chunked  how the body is framed, e.g. chunked
5     empty line   CRLF                              ends the headers
6     body               5\r\nhello\r\n0\r\n\r\n     15 bytes
2 problems:
  - line 1: status code "20" is not 3 digits
  - both Content-Length and Transfer-Encoding are present: a sender must not send both
"#,
        )
        .stderr(r"");
}

#[test]
fn check_missing_host_and_length_mismatch() {
    netdojo()
        .args(["http", "check", "assets/http/broken-length.http"])
        .assert()
        .code(1)
        .stdout(r#"assets/http/broken-length.http: request
LINE  PART          END   TEXT                            MEANING
1     request line  CRLF  POST /api/items HTTP/1.1        method POST, target /api/items, version HTTP/1.1
2     header        CRLF  Content-Type: application/json  the media type of the body
3     header        CRLF  Content-Length: 12              the body's size in bytes
4     empty line    CRLF                                  ends the headers
5     body                {"id": 7}                       9 bytes
2 problems:
  - an HTTP/1.1 request must have a Host header
  - Content-Length says 12 bytes but the body has 9
"#)
        .stderr(r"");
}

#[test]
fn check_bad_request_line_without_empty_line() {
    netdojo()
        .args(["http", "check", "assets/http/broken-no-empty-line.http"])
        .assert()
        .code(1)
        .stdout(
            r#"assets/http/broken-no-empty-line.http: request
LINE  PART          END   TEXT                     MEANING
1     request line  CRLF  GET /index.html          not METHOD TARGET VERSION
2     header        CRLF  Host: www.example.co.jp  the server name (and port) the request is for
2 problems:
  - line 1: "GET /index.html" is not a request line (METHOD, one space, TARGET, one space, VERSION)
  - no empty line (CRLF) after the headers: every message needs one, even without a body
"#,
        )
        .stderr(r"");
}

#[test]
fn check_standard_input_json() {
    netdojo()
        .args(["http", "check", "-", "--json"])
        .write_stdin("GET / HTTP/1.1\r\nHost: a\r\n\r\n")
        .assert()
        .code(0)
        .stdout(r#"{"body_length":0,"file":"-","headers":1,"kind":"request","parts":[{"end":14,"line":1,"line_end":"CRLF","meaning":"method GET, target /, version HTTP/1.1","method":"GET","part":"request line","start":0,"target":"/","text":"GET / HTTP/1.1","version":"HTTP/1.1"},{"end":23,"line":2,"line_end":"CRLF","meaning":"the server name (and port) the request is for","name":"Host","part":"header","start":16,"text":"Host: a","value":"a"},{"end":25,"line":3,"line_end":"CRLF","meaning":"ends the headers","part":"empty line","start":25,"text":""},{"end":27,"line":4,"line_end":null,"meaning":"no body (0 bytes)","part":"body","start":27,"text":""}],"problems":[]}
"#)
        .stderr(r"");
}

#[test]
fn check_json_reports_problems() {
    netdojo()
        .args(["http", "check", "--json", "assets/http/broken-length.http"])
        .assert()
        .code(1)
        .stdout(r#"{"body_length":9,"file":"assets/http/broken-length.http","headers":2,"kind":"request","parts":[{"end":24,"line":1,"line_end":"CRLF","meaning":"method POST, target /api/items, version HTTP/1.1","method":"POST","part":"request line","start":0,"target":"/api/items","text":"POST /api/items HTTP/1.1","version":"HTTP/1.1"},{"end":56,"line":2,"line_end":"CRLF","meaning":"the media type of the body","name":"Content-Type","part":"header","start":26,"text":"Content-Type: application/json","value":"application/json"},{"end":76,"line":3,"line_end":"CRLF","meaning":"the body's size in bytes","name":"Content-Length","part":"header","start":58,"text":"Content-Length: 12","value":"12"},{"end":78,"line":4,"line_end":"CRLF","meaning":"ends the headers","part":"empty line","start":78,"text":""},{"end":89,"line":5,"line_end":null,"meaning":"9 bytes","part":"body","start":80,"text":"{\"id\": 7}"}],"problems":[{"code":"missing_host","line":null,"message":"an HTTP/1.1 request must have a Host header"},{"code":"length_mismatch","line":null,"message":"Content-Length says 12 bytes but the body has 9"}]}
"#)
        .stderr(r"");
}

#[test]
fn check_empty_input() {
    netdojo()
        .args(["http", "check", "-"])
        .write_stdin("")
        .assert()
        .code(1)
        .stdout(
            r"standard input: empty input
1 problem:
  - the message is empty
",
        )
        .stderr(r"");
}

#[test]
fn check_in_japanese() {
    netdojo()
        .args(["http", "check", "assets/http/get-clean.http", "--lang", "ja"])
        .assert()
        .code(0)
        .stdout(r"assets/http/get-clean.http: request
LINE  PART          END   TEXT                      MEANING
1     request line  CRLF  GET /index.html HTTP/1.1  メソッド GET、ターゲット /index.html、バージョン HTTP/1.1
2     header        CRLF  Host: www.example.co.jp   リクエスト先のサーバー名(とポート)
3     header        CRLF  User-Agent: curl/8.5.0    クライアントのソフトウェア
4     header        CRLF  Accept: */*               クライアントが受け取れるメディアタイプ
5     empty line    CRLF                            ヘッダーの終わり
6     body                                          本文なし(0バイト)
No problems found.
")
        .stderr(r"");
}

#[test]
fn check_unreadable_file_exits_2() {
    netdojo()
        .args(["http", "check", "assets/http/get-clean.http", "assets/http/no-such-file.http"])
        .assert()
        .code(2)
        .stdout(r"assets/http/get-clean.http: request
LINE  PART          END   TEXT                      MEANING
1     request line  CRLF  GET /index.html HTTP/1.1  method GET, target /index.html, version HTTP/1.1
2     header        CRLF  Host: www.example.co.jp   the server name (and port) the request is for
3     header        CRLF  User-Agent: curl/8.5.0    the client software
4     header        CRLF  Accept: */*               the media types the client can take
5     empty line    CRLF                            ends the headers
6     body                                          no body (0 bytes)
No problems found.
")
        .stderr(r#"netdojo: cannot read "assets/http/no-such-file.http": No such file or directory (os error 2)
"#);
}

#[test]
fn check_unreadable_file_in_json() {
    netdojo()
        .args(["http", "check", "--json", "assets/http/no-such-file.http"])
        .assert()
        .code(2)
        .stdout(r#"{"input":"assets/http/no-such-file.http","error":"cannot read \"assets/http/no-such-file.http\": No such file or directory (os error 2)"}
"#)
        .stderr(r"");
}

#[test]
fn status_classifies_codes() {
    netdojo()
        .args(["http", "status", "100", "200", "301", "304", "404", "418", "299", "503"])
        .assert()
        .code(0)
        .stdout(r"CODE  CLASS              REASON               MEANING
100   1xx informational  Continue             go on and send the request body
200   2xx success        OK                   it worked; the body holds the result
301   3xx redirection    Moved Permanently    moved for good: use the URL in Location from now on
304   3xx redirection    Not Modified         not changed since your cached copy: use it
404   4xx client error   Not Found            the server has nothing at this target
418   4xx client error   (Unused)             reserved and unused: it began as an April Fools' joke (RFC 2324)
299   2xx success        -                    not registered: understood as 200
503   5xx server error   Service Unavailable  the server cannot handle it now (overload or maintenance); try later
")
        .stderr(r"");
}

#[test]
fn status_json() {
    netdojo()
        .args(["http", "status", "--json", "404", "299"])
        .assert()
        .code(0)
        .stdout(r#"{"class":"4xx","class_name":"client error","code":404,"meaning":"the server has nothing at this target","reason":"Not Found"}
{"class":"2xx","class_name":"success","code":299,"meaning":"not registered: understood as 200","reason":null}
"#)
        .stderr(r"");
}

#[test]
fn status_in_japanese() {
    netdojo()
        .args(["http", "status", "503", "--lang", "ja"])
        .assert()
        .code(0)
        .stdout(
            r"CODE  CLASS               REASON               MEANING
503   5xx サーバーエラー  Service Unavailable  過負荷や保守で今は処理できない。後で再試行する
",
        )
        .stderr(r"");
}

#[test]
fn status_bad_codes_exit_2() {
    netdojo()
        .args(["http", "status", "404", "600", "abc", "99"])
        .assert()
        .code(2)
        .stdout(
            r"CODE  CLASS             REASON     MEANING
404   4xx client error  Not Found  the server has nothing at this target
",
        )
        .stderr(
            r#"netdojo: "600" is not a status code: status codes run from 100 to 599
netdojo: "abc" is not a status code: use a number from 100 to 599
netdojo: "99" is not a status code: status codes run from 100 to 599
"#,
        );
}

#[test]
fn status_bad_code_in_json_continues() {
    netdojo()
        .args(["http", "status", "--json", "4o4", "200"])
        .assert()
        .code(2)
        .stdout(r#"{"input":"4o4","error":"\"4o4\" is not a status code: use a number from 100 to 599"}
{"class":"2xx","class_name":"success","code":200,"meaning":"it worked; the body holds the result","reason":"OK"}
"#)
        .stderr(r"");
}

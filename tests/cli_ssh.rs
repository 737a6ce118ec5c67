//! Command-line tests of `netdojo ssh`: fingerprints equal to what `ssh-keygen -lf`
//! printed for the fixture keys, the seeded walk's exact output, errors and exit codes.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use assert_cmd::Command;

fn netdojo() -> Command {
    let mut cmd = Command::cargo_bin("netdojo").unwrap();
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd
}

const FIXTURES: &str = "tests/fixtures/ssh";

/// Each fixture key next to the output `ssh-keygen -lf` gave for it when it was made.
#[test]
fn fingerprints_equal_ssh_keygen_on_every_fixture() {
    for name in [
        "ed25519.pub",
        "nocomment.pub",
        "rsa2048.pub",
        "rsa3071.pub",
        "ecdsa256.pub",
        "ecdsa384.pub",
        "ecdsa521.pub",
        "authorized_keys",
    ] {
        let path = format!("{FIXTURES}/{name}");
        let expected =
            std::fs::read_to_string(format!("{}/{path}.expected", env!("CARGO_MANIFEST_DIR")))
                .unwrap();
        netdojo()
            .args(["ssh", "fingerprint", &path])
            .assert()
            .code(0)
            .stdout(expected)
            .stderr("");
    }
}

#[test]
fn a_walk_without_a_seed_verifies_and_its_tampered_copies_fail() {
    let output = netdojo().args(["ssh", "walk"]).output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.contains("checked with the public key over the rebuilt data: OK"));
    assert_eq!(text.matches("verification FAILS").count(), 2);
}

#[test]
fn fingerprint_json() {
    netdojo()
        .args(["ssh", "fingerprint", "--json", "tests/fixtures/ssh/ed25519.pub", "tests/fixtures/ssh/nocomment.pub"])
        .assert()
        .code(0)
        .stdout(r#"{"algorithm":"ssh-ed25519","bits":256,"comment":"alice@laptop","file":"tests/fixtures/ssh/ed25519.pub","fingerprint":"SHA256:2wDsMAMlM9o07DQ6uoXrXvqNasCbxI/OajOUlSEkcpU","line":1,"type":"ED25519"}
{"algorithm":"ssh-ed25519","bits":256,"comment":null,"file":"tests/fixtures/ssh/nocomment.pub","fingerprint":"SHA256:7uE2++2a9ujtWtm8C1sV5CCe2TZFaSTz1ZL6IpJcLM8","line":1,"type":"ED25519"}
"#)
        .stderr(r"");
}

#[test]
fn fingerprint_from_standard_input() {
    netdojo()
        .args(["ssh", "fingerprint", "-"])
        .write_stdin("ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgCwMXDvvaVbCl/L3hOaZ5Xp5M1OizYpemz0etB5oExlX8HzRAjiUhrUfZ2it5z6WfvfmlitSdRKXLguFnJVphnAq49R3ObPdd2VlYpCMZnA+Eh+hJAyg9DLg5y3qhbLgGcHE93GssoKKtqygDtxZQMsZ+3S4r7WIbUK92aiyTwktnppu0YF+IXscc6TASbi1+EbbfGye/ZrpdFzaCU2s+szawNsRcYiE9uh7JFg2kO4RXyoOeXKTmAq7oNenWAOtv8iNKon46YX2rHtgUyi7O0AXTlmUlE3maGwFca35VgBhuyYwX0zAjK0nC/EBpK8flY8soG41CERPk1RuaEwBkuHkf5/UN1mLtjcI8+apd1nVJRyEAJRfysdQwr9wDiU8dxZBPlNs4KZTFpbNo1RPfIQCzDzohEBhEvoMlKpHLcQdhKnI6IsZ2o+z9B2If5kV3oaDVuKntsMBfzgyH5p5XzIuuhKMahFeWygbsrJ932IRtca60gRCYNe1JSNr6f5y7Q== carol two words\n")
        .assert()
        .code(0)
        .stdout(r"3070 SHA256:4ZV0szor8YpzGe9s3ZldlOV360QCSyAY4pQsAdVRbiY carol two words (RSA)
")
        .stderr(r"");
}

#[test]
fn fingerprint_bad_base64_names_the_file_and_line() {
    netdojo()
        .args(["ssh", "fingerprint", "tests/fixtures/ssh/bad-base64.pub"])
        .assert()
        .code(2)
        .stdout(r"")
        .stderr(
            r#"netdojo: "tests/fixtures/ssh/bad-base64.pub" line 1: the key data is not valid base64
"#,
        );
}

#[test]
fn fingerprint_private_key_is_refused() {
    netdojo()
        .args(["ssh", "fingerprint", "tests/fixtures/ssh/private-key-given.txt"])
        .assert()
        .code(2)
        .stdout(r"")
        .stderr(r#"netdojo: "tests/fixtures/ssh/private-key-given.txt" line 1: this is a private key; give the public key (the .pub file) and keep the private key to yourself
"#);
}

#[test]
fn fingerprint_missing_file_then_a_good_one() {
    netdojo()
        .args(["ssh", "fingerprint", "tests/fixtures/ssh/no-such.pub", "tests/fixtures/ssh/ed25519.pub"])
        .assert()
        .code(2)
        .stdout(r"256 SHA256:2wDsMAMlM9o07DQ6uoXrXvqNasCbxI/OajOUlSEkcpU alice@laptop (ED25519)
")
        .stderr(r#"netdojo: cannot read "tests/fixtures/ssh/no-such.pub": No such file or directory (os error 2)
"#);
}

#[test]
fn fingerprint_file_without_keys() {
    netdojo()
        .args(["ssh", "fingerprint", "-"])
        .write_stdin("\n# nothing here\n")
        .assert()
        .code(2)
        .stdout(r"")
        .stderr(
            r#"netdojo: "-" holds no public key
"#,
        );
}

#[test]
fn fingerprint_unknown_type() {
    netdojo()
        .args(["ssh", "fingerprint", "-"])
        .write_stdin("ssh-dss AAAAB3NzaC1kc3M= old\n")
        .assert()
        .code(2)
        .stdout(r"")
        .stderr(r#"netdojo: "-" line 1: "ssh-dss" is not a key type read here (ssh-ed25519, ssh-rsa, ecdsa-sha2-nistp256, ecdsa-sha2-nistp384, ecdsa-sha2-nistp521)
"#);
}

#[test]
fn fingerprint_errors_in_json() {
    netdojo()
        .args(["ssh", "fingerprint", "--json", "tests/fixtures/ssh/bad-base64.pub"])
        .assert()
        .code(2)
        .stdout(r#"{"input":"tests/fixtures/ssh/bad-base64.pub","error":"\"tests/fixtures/ssh/bad-base64.pub\" line 1: the key data is not valid base64"}
"#)
        .stderr(r"");
}

#[test]
fn walk_seed_1_exact() {
    netdojo()
        .args(["ssh", "walk", "--seed", "1"])
        .assert()
        .code(0)
        .stdout(r#"SSH-2 public-key authentication (RFC 4252 §7) for user "ec2-user"

1. The client has a key pair; the server has only the public key, listed in the user's ~/.ssh/authorized_keys.
   public key   ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJ1hdq6RKFtNbnjCrmP0OoTBYrVAmS9KbnpKakpMi6qd netdojo-walk
   fingerprint  256 SHA256:cPHnYNwYSISWfdKf2MDkPR6NWnes99kTOeV6MevbO0A netdojo-walk (ED25519)
   private key  stays on the client and is never sent

2. Key exchange has encrypted the connection and given both sides the same session identifier (the exchange hash H).
   session id  e5 20 cb 51 c7 55 09 4b 6a 34 8d 3b c4 8c 3e 07
               f3 02 c1 5d 4c 5b 13 95 8c 16 7e cf 06 64 43 dd

3. The client lays out the data to sign: the session identifier, then the request it is about to send.
   151 bytes in all, field by field, with the bytes of each:
   string   session identifier        32 bytes from key exchange
            00 00 00 20 e5 20 cb 51 c7 55 09 4b 6a 34 8d 3b
            c4 8c 3e 07 f3 02 c1 5d 4c 5b 13 95 8c 16 7e cf
            06 64 43 dd
   byte     SSH_MSG_USERAUTH_REQUEST  50
            32
   string   user name                 "ec2-user"
            00 00 00 08 65 63 32 2d 75 73 65 72
   string   service name              "ssh-connection"
            00 00 00 0e 73 73 68 2d 63 6f 6e 6e 65 63 74 69
            6f 6e
   string   method name               "publickey"
            00 00 00 09 70 75 62 6c 69 63 6b 65 79
   boolean  has signature             TRUE
            01
   string   public key algorithm      "ssh-ed25519"
            00 00 00 0b 73 73 68 2d 65 64 32 35 35 31 39
   string   public key blob           51 bytes
            00 00 00 33 00 00 00 0b 73 73 68 2d 65 64 32 35
            35 31 39 00 00 00 20 9d 61 76 ae 91 28 5b 4d 6e
            78 c2 ae 63 f4 3a 84 c1 62 b5 40 99 2f 4a 6e 7a
            4a 6a 4a 4c 8b aa 9d

4. The client signs that data with its private key, which never leaves the client.
   signature  aa 42 50 e9 59 58 d6 fa 09 c4 00 b2 4c a1 95 80
              c6 1c 1f bf f5 64 96 a7 d4 92 02 a3 f6 9c fc f5
              4e 9c 6c 41 9b 76 cf 65 58 46 a1 89 ea 49 ca 52
              d6 55 e2 c7 b0 79 cb fb 88 69 57 13 ab 45 4e 0f

5. The client sends SSH_MSG_USERAUTH_REQUEST with the public key and the signature (the session identifier is not sent: both sides know it).
   byte     SSH_MSG_USERAUTH_REQUEST  50
   string   user name                 "ec2-user"
   string   service name              "ssh-connection"
   string   method name               "publickey"
   boolean  has signature             TRUE
   string   public key algorithm      "ssh-ed25519"
   string   public key blob           51 bytes
   string   signature                 83 bytes

6. The server checks that the key is authorized for the user, rebuilds the signed data and verifies the signature with the public key.
   authorized_keys  the key is listed for ec2-user: yes
   signature        checked with the public key over the rebuilt data: OK
   result           SSH_MSG_USERAUTH_SUCCESS: the user is logged in

7. Change one byte, or replay the signature on another connection, and verification fails.
   replayed on another connection (session id e91e30ac4a4cccfd...)  verification FAILS
   byte 41 (user name) changed 0x65 'e' -> 0x64 'd'                 verification FAILS
"#)
        .stderr(r"");
}

#[test]
fn walk_seed_1_json() {
    netdojo()
        .args(["ssh", "walk", "--seed", "1", "--json"])
        .assert()
        .code(0)
        .stdout(r#"{"authorized":true,"fingerprint":"SHA256:cPHnYNwYSISWfdKf2MDkPR6NWnes99kTOeV6MevbO0A","public_key":"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJ1hdq6RKFtNbnjCrmP0OoTBYrVAmS9KbnpKakpMi6qd netdojo-walk","request_fields":[{"encoding":"byte","hex":"32","name":"SSH_MSG_USERAUTH_REQUEST","value":"50"},{"encoding":"string","hex":"000000086563322d75736572","name":"user name","value":"\"ec2-user\""},{"encoding":"string","hex":"0000000e7373682d636f6e6e656374696f6e","name":"service name","value":"\"ssh-connection\""},{"encoding":"string","hex":"000000097075626c69636b6579","name":"method name","value":"\"publickey\""},{"encoding":"boolean","hex":"01","name":"has signature","value":"TRUE"},{"encoding":"string","hex":"0000000b7373682d65643235353139","name":"public key algorithm","value":"\"ssh-ed25519\""},{"encoding":"string","hex":"000000330000000b7373682d65643235353139000000209d6176ae91285b4d6e78c2ae63f43a84c162b540992f4a6e7a4a6a4a4c8baa9d","name":"public key blob","value":"51 bytes"},{"encoding":"string","hex":"000000530000000b7373682d6564323535313900000040aa4250e95958d6fa09c400b24ca19580c61c1fbff56496a7d49202a3f69cfcf54e9c6c419b76cf655846a189ea49ca52d655e2c7b079cbfb88695713ab454e0f","name":"signature","value":"83 bytes"}],"session_id":"e520cb51c755094b6a348d3bc48c3e07f302c15d4c5b13958c167ecf066443dd","signature":"aa4250e95958d6fa09c400b24ca19580c61c1fbff56496a7d49202a3f69cfcf54e9c6c419b76cf655846a189ea49ca52d655e2c7b079cbfb88695713ab454e0f","signature_blob":"0000000b7373682d6564323535313900000040aa4250e95958d6fa09c400b24ca19580c61c1fbff56496a7d49202a3f69cfcf54e9c6c419b76cf655846a189ea49ca52d655e2c7b079cbfb88695713ab454e0f","signed_data":"00000020e520cb51c755094b6a348d3bc48c3e07f302c15d4c5b13958c167ecf066443dd32000000086563322d757365720000000e7373682d636f6e6e656374696f6e000000097075626c69636b6579010000000b7373682d65643235353139000000330000000b7373682d65643235353139000000209d6176ae91285b4d6e78c2ae63f43a84c162b540992f4a6e7a4a6a4a4c8baa9d","signed_fields":[{"encoding":"string","hex":"00000020e520cb51c755094b6a348d3bc48c3e07f302c15d4c5b13958c167ecf066443dd","name":"session identifier","value":"32 bytes from key exchange"},{"encoding":"byte","hex":"32","name":"SSH_MSG_USERAUTH_REQUEST","value":"50"},{"encoding":"string","hex":"000000086563322d75736572","name":"user name","value":"\"ec2-user\""},{"encoding":"string","hex":"0000000e7373682d636f6e6e656374696f6e","name":"service name","value":"\"ssh-connection\""},{"encoding":"string","hex":"000000097075626c69636b6579","name":"method name","value":"\"publickey\""},{"encoding":"boolean","hex":"01","name":"has signature","value":"TRUE"},{"encoding":"string","hex":"0000000b7373682d65643235353139","name":"public key algorithm","value":"\"ssh-ed25519\""},{"encoding":"string","hex":"000000330000000b7373682d65643235353139000000209d6176ae91285b4d6e78c2ae63f43a84c162b540992f4a6e7a4a6a4a4c8baa9d","name":"public key blob","value":"51 bytes"}],"tampered":[{"change":"other_session","session_id":"e91e30ac4a4cccfd5aca71ed40fdf70c73b69072a691b2424877836db25ebe11","verified":false},{"after":"64","before":"65","change":"flipped_byte","field":"user name","offset":41,"verified":false}],"user":"ec2-user","verified":true}
"#)
        .stderr(r"");
}

#[test]
fn walk_other_user() {
    netdojo()
        .args(["ssh", "walk", "--seed", "42", "--user", "admin"])
        .assert()
        .code(0)
        .stdout(r#"SSH-2 public-key authentication (RFC 4252 §7) for user "admin"

1. The client has a key pair; the server has only the public key, listed in the user's ~/.ssh/authorized_keys.
   public key   ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOTo3yvxAAnuuz7Id0B49oxQth2BCHT89sbDMcfS3T0w netdojo-walk
   fingerprint  256 SHA256:8pKhww1efMaycfqzoXh3cX5eTMybB3vDBPTHvHf93UY netdojo-walk (ED25519)
   private key  stays on the client and is never sent

2. Key exchange has encrypted the connection and given both sides the same session identifier (the exchange hash H).
   session id  62 b8 01 93 01 57 e1 a1 ac cf ee 6c ca b5 67 ef
               90 6e 73 9b ae ae ec f2 71 1d 59 cc 5c bd 15 d3

3. The client lays out the data to sign: the session identifier, then the request it is about to send.
   148 bytes in all, field by field, with the bytes of each:
   string   session identifier        32 bytes from key exchange
            00 00 00 20 62 b8 01 93 01 57 e1 a1 ac cf ee 6c
            ca b5 67 ef 90 6e 73 9b ae ae ec f2 71 1d 59 cc
            5c bd 15 d3
   byte     SSH_MSG_USERAUTH_REQUEST  50
            32
   string   user name                 "admin"
            00 00 00 05 61 64 6d 69 6e
   string   service name              "ssh-connection"
            00 00 00 0e 73 73 68 2d 63 6f 6e 6e 65 63 74 69
            6f 6e
   string   method name               "publickey"
            00 00 00 09 70 75 62 6c 69 63 6b 65 79
   boolean  has signature             TRUE
            01
   string   public key algorithm      "ssh-ed25519"
            00 00 00 0b 73 73 68 2d 65 64 32 35 35 31 39
   string   public key blob           51 bytes
            00 00 00 33 00 00 00 0b 73 73 68 2d 65 64 32 35
            35 31 39 00 00 00 20 e4 e8 df 2b f1 00 09 ee bb
            3e c8 77 40 78 f6 8c 50 b6 1d 81 08 74 fc f6 c6
            c3 31 c7 d2 dd 3d 30

4. The client signs that data with its private key, which never leaves the client.
   signature  d4 27 1e e5 da ab b3 1e 97 f1 ec dd 39 3e 77 72
              3c d7 87 b4 d5 9b db 85 41 56 01 bc e6 7e c7 32
              98 43 b4 ca 2a a0 a2 61 57 48 16 67 21 e9 61 b1
              be 8f 4a 08 32 92 0b 29 2e 98 2b 86 b0 6e b6 05

5. The client sends SSH_MSG_USERAUTH_REQUEST with the public key and the signature (the session identifier is not sent: both sides know it).
   byte     SSH_MSG_USERAUTH_REQUEST  50
   string   user name                 "admin"
   string   service name              "ssh-connection"
   string   method name               "publickey"
   boolean  has signature             TRUE
   string   public key algorithm      "ssh-ed25519"
   string   public key blob           51 bytes
   string   signature                 83 bytes

6. The server checks that the key is authorized for the user, rebuilds the signed data and verifies the signature with the public key.
   authorized_keys  the key is listed for admin: yes
   signature        checked with the public key over the rebuilt data: OK
   result           SSH_MSG_USERAUTH_SUCCESS: the user is logged in

7. Change one byte, or replay the signature on another connection, and verification fails.
   replayed on another connection (session id 48d348da92422841...)  verification FAILS
   byte 41 (user name) changed 0x61 'a' -> 0x60 '`'                 verification FAILS
"#)
        .stderr(r"");
}

#[test]
fn walk_bad_user() {
    netdojo()
        .args(["ssh", "walk", "--user", "two words"])
        .assert()
        .code(2)
        .stdout(r"")
        .stderr(r#"netdojo: "two words" is not a usable user name: it contains whitespace or a control character
"#);
}

#[test]
fn walk_bad_user_json() {
    netdojo()
        .args(["ssh", "walk", "--user", "", "--json"])
        .assert()
        .code(2)
        .stdout(
            r#"{"input":"","error":"\"\" is not a usable user name: it is empty"}
"#,
        )
        .stderr(r"");
}

//! Property tests of the SSH core: the key-line parser never panics, fingerprints
//! match a SHA-256 + base64 computed here, sizes match plain arithmetic, and every
//! walk verifies while its tampered copies fail.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use netdojo::calc::ssh::{Material, PublicKey, Writer, walk};
use proptest::prelude::*;
use sha2::{Digest, Sha256};

/// Standard base64 written out here, with or without padding.
fn base64(bytes: &[u8], pad: bool) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        let symbols = chunk.len() + 1;
        for i in 0..4 {
            if i < symbols {
                out.push(char::from(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize]));
            } else if pad {
                out.push('=');
            }
        }
    }
    out
}

fn ed25519_blob(key: &[u8]) -> Vec<u8> {
    let mut w = Writer::new();
    w.string(b"ssh-ed25519");
    w.string(key);
    w.into_bytes()
}

proptest! {
    #[test]
    fn no_line_makes_the_key_parser_panic(line in any::<String>()) {
        let _ = line.parse::<PublicKey>();
    }

    #[test]
    fn no_blob_makes_the_key_parser_panic(
        kind in prop::sample::select(vec!["ssh-ed25519", "ssh-rsa", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp521"]),
        tail in prop::collection::vec(any::<u8>(), 0..200),
    ) {
        let mut w = Writer::new();
        w.string(kind.as_bytes());
        let mut blob = w.into_bytes();
        blob.extend(tail);
        let _ = PublicKey::from_blob(&blob, "");
        let _ = format!("{kind} {} c", base64(&blob, true)).parse::<PublicKey>();
    }

    #[test]
    fn fingerprints_match_an_independent_computation(key in prop::array::uniform32(any::<u8>()), comment in "[a-z@. ]{0,20}") {
        let blob = ed25519_blob(&key);
        let line = format!("ssh-ed25519 {} {comment}", base64(&blob, true));
        let parsed: PublicKey = line.parse().unwrap();
        let digest = Sha256::digest(&blob);
        prop_assert_eq!(parsed.fingerprint(), format!("SHA256:{}", base64(&digest, false)));
        prop_assert_eq!(parsed.bits(), 256);
        // The comment starts after the whitespace that follows the key data.
        let trimmed = comment.trim_start();
        let shown = if trimmed.is_empty() { "no comment" } else { trimmed };
        prop_assert_eq!(
            parsed.keygen_line(),
            format!("256 SHA256:{} {shown} (ED25519)", base64(&digest, false))
        );
    }

    #[test]
    fn rsa_bits_are_the_modulus_length(modulus in prop::collection::vec(any::<u8>(), 1..300), exponent in 1u32..=65537) {
        // Make the modulus a positive mpint with a nonzero first byte.
        let mut modulus = modulus;
        modulus[0] = (modulus[0] & 0x7f).max(1);
        let mut w = Writer::new();
        w.string(b"ssh-rsa");
        w.string(&exponent.to_be_bytes()[1..]);
        w.string(&modulus);
        let blob = w.into_bytes();
        // The exponent above may start with zero bytes, which is still a positive mpint.
        let key = PublicKey::from_blob(&blob, "x").unwrap();
        let leading = modulus[0].leading_zeros();
        prop_assert_eq!(key.bits(), (modulus.len() as u32) * 8 - leading);
    }

    #[test]
    fn every_walk_verifies_and_its_tampered_copies_fail(seed in any::<u64>(), user in "[a-z][a-z0-9_-]{0,15}") {
        let w = walk(&user, &Material::from_seed(seed)).unwrap();
        prop_assert!(w.verified);
        prop_assert!(w.tampered.iter().all(|t| !t.verified));
        prop_assert_eq!(w.signed_data.len(), 143 + user.len());
        let concatenated: Vec<u8> = w.signed_fields.iter().flat_map(|f| f.bytes.clone()).collect();
        prop_assert_eq!(concatenated, w.signed_data.clone());
    }
}

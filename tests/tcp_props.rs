//! Property tests of the TCP walk-through and IPv4 fragmentation, against
//! references written here with u64 arithmetic.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use netdojo::calc::tcp::{ExchangeInput, FragmentInput, Side, exchange, fragment};
use proptest::prelude::*;

const MOD: u64 = 1 << 32;

proptest! {
    #[test]
    fn sequence_numbers_wrap_at_two_to_the_32(
        client_isn in prop_oneof![any::<u32>(), (u32::MAX - 300)..=u32::MAX],
        server_isn in prop_oneof![any::<u32>(), (u32::MAX - 300)..=u32::MAX],
        client in prop::collection::vec(1u32..=65_495, 0..6),
        server in prop::collection::vec(1u32..=65_495, 0..6),
    ) {
        let input = ExchangeInput {
            client_isn,
            server_isn,
            client_sends: client.clone(),
            server_sends: server.clone(),
        };
        let steps = exchange(&input).unwrap();
        prop_assert_eq!(steps.len(), 7 + 2 * (client.len() + server.len()));
        // The handshake and each FIN take one number; each data byte takes one.
        let sent = |isn: u32, sizes: &[u32]| -> u64 {
            (u64::from(isn) + 1 + sizes.iter().map(|&b| u64::from(b)).sum::<u64>()) % MOD
        };
        let client_end = sent(client_isn, &client);
        let server_end = sent(server_isn, &server);
        let last = steps.last().unwrap();
        prop_assert_eq!(last.from, Side::Client);
        prop_assert_eq!(u64::from(last.seq), (client_end + 1) % MOD);
        prop_assert_eq!(last.ack.map(u64::from), Some((server_end + 1) % MOD));
        // Every data segment is acknowledged with seq + len, modulo 2^32.
        for pair in steps.windows(2) {
            if pair[0].len > 0 {
                let expected = (u64::from(pair[0].seq) + u64::from(pair[0].len)) % MOD;
                prop_assert_eq!(pair[1].ack.map(u64::from), Some(expected));
            }
        }
    }

    #[test]
    fn fragments_cover_the_data_exactly(
        header_words in 5u32..=15,
        total in 0u32..=65_535,
        mtu in 68u32..=9_000,
    ) {
        let header = header_words * 4;
        let total = total.max(header);
        let input = FragmentInput { total_length: total, header_length: header, mtu, dont_fragment: false };
        let fragments = fragment(&input).unwrap();
        let data: u64 = fragments.iter().map(|f| u64::from(f.data_length)).sum();
        prop_assert_eq!(data, u64::from(total - header));
        let mut expected_offset = 0u64;
        for (i, f) in fragments.iter().enumerate() {
            let last = i + 1 == fragments.len();
            prop_assert_eq!(u64::from(f.offset_bytes), expected_offset);
            prop_assert_eq!(f.offset_bytes % 8, 0);
            prop_assert_eq!(u64::from(f.offset_units) * 8, u64::from(f.offset_bytes));
            prop_assert!(f.total_length <= mtu);
            prop_assert_eq!(f.more_fragments, !last);
            if !last {
                prop_assert_eq!(f.data_length % 8, 0);
            }
            expected_offset += u64::from(f.data_length);
        }
    }
}

//! Named mistakes: every wrong choice a generator offers comes from one of these,
//! and a typed answer equal to a mistake's value gets the same diagnosis.

use serde::Serialize;

use super::model::Text;

/// A known way to get a question wrong, with a sentence that says what went wrong.
///
/// ```
/// use netdojo::quiz::mistake::Mistake;
/// assert_eq!(Mistake::ForgotMinusTwo.id(), "forgot_minus_two");
/// assert!(Mistake::ForgotMinusTwo.diagnosis().en.contains("network"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Mistake {
    /// Counted the network and broadcast addresses as hosts.
    ForgotMinusTwo,
    /// Subtracted 2 in an AWS subnet, where 5 addresses are reserved.
    UsedMinusTwoNotAwsFive,
    /// Subtracted AWS's 5 where the classic rule (−2) was asked.
    UsedAwsFiveNotMinusTwo,
    /// Forgot AWS's reserved addresses altogether.
    ForgotAwsReserved,
    /// Applied the mask to the wrong octet.
    WrongOctet,
    /// Landed in the neighbouring block of the same size.
    OffByOneBlock,
    /// Used the old class A/B/C mask instead of the prefix given.
    ClassfulAssumption,
    /// Gave the wildcard mask for the netmask or the other way round.
    MaskWildcardSwapped,
    /// Kept the host bits instead of clearing them.
    HostBitsKept,
    /// Gave the network address where the broadcast address was asked, or the reverse.
    NetworkBroadcastSwapped,
    /// Gave the last host (broadcast − 1) where the broadcast address was asked.
    LastHostForBroadcast,
    /// Gave the network and broadcast addresses as the host range.
    RangeIncludesNetworkAndBroadcast,
    /// Used one host bit too many or too few.
    OffByOneBit,
    /// Counted the difference but not both ends of an inclusive range.
    ForgotInclusive,
    /// Subtracted only the last octets of a range that crosses an octet.
    LastOctetOnly,
    /// Left both ends out of an inclusive count.
    ExcludedBothEnds,
    /// Wrote the bits of each octet in reverse order.
    BitsReversed,
    /// Misread the place value of a bit (128, 64, 32, 16, 8, 4, 2, 1).
    WrongPlaceValue,
    /// Read the octets in reverse order (least significant first).
    OctetsReversed,
    /// Used 255 instead of 256 as the weight of an octet place.
    Base255,
    /// Took an octet over 255 as valid.
    OctetOver255,
    /// Took an address with the wrong number of octets as valid.
    WrongOctetCount,
    /// Thought 0 or 255 cannot appear in an address octet.
    EdgeOctetInvalid,
    /// Took a mask whose one-bits are not contiguous as valid.
    NonContiguousMask,
    /// Thought a valid, contiguous mask is invalid.
    ValidMaskRejected,
    /// Took an address outside the block as inside (or the reverse) by comparing
    /// only whole octets.
    ComparedWholeOctets,
    /// Took 100.64.0.0/10 (shared space for carrier-grade NAT) as RFC 1918 private.
    SharedIsNotPrivate,
    /// Forgot that 172.16.0.0/12 ends at 172.31.255.255.
    PrivateRangeEdge,
    /// Confused two special-purpose blocks.
    WrongSpecialBlock,
    /// Took a prefix outside /16 to /28 as allowed for a VPC or subnet.
    AwsPrefixRange,
    /// Took a valid AWS block as refused.
    AwsValidRejected,
    /// Accepted a CIDR whose address has host bits set.
    HostBitsSetAccepted,
    /// Confused the roles of AWS's reserved addresses.
    AwsRoleMixedUp,
    /// Took a usable address as reserved, or a reserved one as usable.
    AwsReservedMixedUp,
    /// Missed an overlap where one block contains the other.
    MissedContainment,
    /// Saw an overlap between blocks that only sit next to each other.
    AdjacentIsNotOverlap,
    /// Picked the least specific matching route.
    ShortestPrefixWins,
    /// Picked the default route although a more specific route matched.
    DefaultRouteOnly,
    /// Picked a route whose destination does not contain the address.
    RouteDoesNotMatch,
    /// Took a route to a NAT gateway as making a subnet public.
    NatIsNotPublic,
    /// Missed that a default route to an Internet gateway makes a subnet public.
    IgwMakesPublic,
    /// Took a subnet with no route to an Internet gateway as public.
    NoIgwRoute,
    /// Put a port in the wrong RFC 6335 range.
    PortRangeEdge,
    /// Took the notes' typo 49142 as the start of the dynamic range.
    DynamicFrom49142,
    /// Matched a service to the wrong port.
    WrongServicePort,
    /// Used IANA's dynamic range 49152–65535 for Linux's ephemeral ports.
    IanaIsNotLinux,
    /// Thought a public IPv4 address attached to a running instance is free.
    AttachedIpv4Free,
    /// Left out the number of addresses (or of items) in a product.
    ForgotCount,
    /// Added k bits to split into k parts instead of log2(k).
    BitsNotLog2,
    /// Read a Route 53 weight as a percentage.
    WeightIsNotPercent,
    /// Combined availabilities in series where they are in parallel.
    SeriesInsteadOfParallel,
    /// Combined availabilities in parallel where they are in series.
    ParallelInsteadOfSeries,
    /// Worked out the downtime over another period than the one asked.
    WrongPeriod,
    /// Computed the uptime instead of the downtime.
    UptimeForDowntime,
    /// Did not count the SYN, which takes one sequence number.
    SynNotCounted,
    /// Counted one router too many or too few.
    TtlOffByOne,
    /// Put a protocol in the wrong layer.
    WrongLayer,
    /// Mixed up the HTTP status classes.
    WrongStatusClass,
    /// Rounded a count of parts or servers down instead of up.
    RoundedDown,
    /// Mixed decimal (GB, MB) and binary (GiB, MiB) units.
    DecimalBinaryUnits,
    /// Sized for N and forgot the spare.
    ForgotSpare,
    /// Took a route to a peering connection or Transit Gateway as Internet access.
    PeeringIsNotInternet,
    /// Counted domain levels from the left instead of from the TLD.
    LevelsFromLeft,
    /// Counted domain levels one off, such as calling the registrable label level 2 in `co.jp`.
    LevelOffByOne,
    /// Mixed up generic and country-code TLDs.
    TldKindMixedUp,
    /// Took a public suffix such as `co.jp` as something one can register.
    PublicSuffixRegistered,
    /// Took a subdomain as what a registrant buys.
    SubdomainRegistered,
    /// Took the last two labels as the registrable domain under a two-label suffix.
    LastTwoLabelsOnly,
    /// Accepted a label longer than 63 octets.
    LabelTooLongAccepted,
    /// Accepted an empty label (two dots in a row).
    EmptyLabelAccepted,
    /// Accepted a character a label may not hold.
    BadLabelCharAccepted,
    /// Accepted a label that starts or ends with a hyphen.
    HyphenAtEdgeAccepted,
    /// Accepted a name over 255 octets on the wire.
    NameTooLongAccepted,
    /// Rejected a name that keeps every rule.
    ValidNameRejected,
    /// Misjudged when a cached record expires.
    TtlMisread,
    /// Took the highest MX preference as the first choice.
    MxHighestPreferred,
    /// Mixed up the method, target and version of a request line.
    RequestLinePartsMixedUp,
    /// Counted the request line or the empty line as a header.
    CountedNonHeaderLine,
    /// Misjudged where the body of an HTTP message starts.
    BodyAfterEmptyLine,
    /// Named another problem than the one the message has.
    WrongHttpProblem,
    /// Divided by the MTU as if the header were not repeated in every fragment.
    FragmentHeaderIgnored,
    /// Gave a fragment offset in bytes where the field counts 8-byte units.
    OffsetInBytes,
    /// Filled a fragment up to the MTU without rounding its data down to a multiple of 8.
    FragmentNotMultipleOf8,
    // Availability over AZs, load balancing, monitoring and IAM (M5, M16 to M19).
    /// Gave the share of time down as the availability.
    DowntimeShareAsAvailability,
    /// Divided minutes of downtime by the length of the period in hours.
    MinutesOverHours,
    /// Counted the 9 digits of a percentage instead of computing −log10(1 − A).
    NinesAsDigits,
    /// Spread N over all Z zones, so the zones left after a loss hold too few.
    DividedByAllZones,
    /// Took one spare server (N+1) as enough to survive the loss of a whole zone.
    SpareIsNotZone,
    /// Gave the share of capacity lost with a zone instead of the share left.
    LostShareForRemaining,
    /// Took away one server where a whole zone of servers was lost.
    OneServerNotOneZone,
    /// Kept sending requests to a target that failed its health checks.
    UnhealthyStillServed,
    /// Gave the left-over requests of a round robin to the wrong targets.
    RemainderMisplaced,
    /// Required M breaching datapoints in a row where any M of the last N will do.
    ConsecutiveForMOfN,
    /// Judged the alarm before its evaluation window held N datapoints.
    JudgedBeforeWindowFull,
    /// Read `>` as `>=` (or `<` as `<=`), or the other way round, at the threshold.
    ThresholdEqualMisread,
    /// Took the first breaching datapoint as the moment the alarm fires.
    FirstBreachIsAlarm,
    /// Took the first good datapoint as ending the alarm.
    FirstGoodPointIsOk,
    /// Let an Allow win over an explicit Deny.
    AllowOverridesDeny,
    /// Took a request that no statement matches as allowed.
    NoMatchMeansAllow,
    /// Matched a statement on its action alone, without checking its resource.
    ResourceIgnored,
    /// Misread a `*` wildcard in an action pattern.
    WildcardMisread,
    /// Billed a run shorter than a minute for its own seconds, without the 60-second minimum.
    NoMinimumCharge,
    /// Billed every started hour in full where the instance is billed per second.
    BilledPerStartedHour,
    /// Used an hourly price as if it were per minute.
    HourlyRateAsPerMinute,
    // AWS compute, firewalls, databases and edge.
    /// Read a security-group rule for the same port from another source as a deny.
    SgHasDenyRule,
    /// Read a security group's rules in order, as if the first one for the port decided.
    SgOrderMatters,
    /// Matched a security-group source by address, or forgot it needs the sender's group.
    SgGroupSource,
    /// Took a port one past the end of a rule's range as inside it, or an end as outside.
    RulePortRangeEdge,
    /// Took an address outside a rule's block as inside it.
    RuleSourceOutside,
    /// Took a rule for the other transport protocol as covering the packet.
    RuleWrongProtocol,
    /// Let the most specific network-ACL rule decide instead of the lowest number.
    NaclMostSpecificWins,
    /// Forgot the network ACL's default rule that denies what no rule matches.
    NaclNoDefaultDeny,
    /// Treated a network ACL as stateful, letting a reply out without an outbound rule.
    NaclStateful,
    /// Took the series letters for the instance family.
    Ec2FamilyIsSeries,
    /// Left the processor and capability letters out of the instance family.
    Ec2FamilyDropsLetters,
    /// Took the size after the dot for the family.
    Ec2SizeIsFamily,
    /// Took a series letter for another kind of instance.
    Ec2SeriesMixedUp,
    /// Took a letter after the generation for another processor or capability.
    Ec2LetterMixedUp,
    /// Counted xlarge as one large, so `N`xlarge as N large.
    Ec2XlargeIsOneLarge,
    /// Counted the size steps instead of doubling at each step.
    Ec2StepsNotDoubling,
    /// Thought a wildcard cannot cover a name one label below its domain.
    CertWildcardOneLabel,
    /// Missed that one of the certificate's names is the host itself.
    CertExactNameMissed,
    /// Took a wildcard as covering its own domain (the apex).
    CertWildcardCoversApex,
    /// Took a wildcard as covering two or more labels.
    CertWildcardTwoLevels,
    /// Took a name that only looks like the domain as under it.
    CertNotUnderDomain,
    /// Gave the hits where the origin fetches (misses) were asked.
    CdnHitsForMisses,
    /// Sent every request to the origin, as if nothing were cached.
    CdnEveryRequestToOrigin,
    /// Gave the miss ratio where the hit ratio was asked.
    CdnRatioInverted,
}

impl Mistake {
    /// A stable snake_case id, used in JSON and in class reports.
    ///
    /// ```
    /// use netdojo::quiz::mistake::Mistake;
    /// assert_eq!(Mistake::UsedMinusTwoNotAwsFive.id(), "used_minus_two_not_aws_five");
    /// ```
    pub fn id(self) -> &'static str {
        self.entry().0
    }

    /// What went wrong, in one sentence per language.
    ///
    /// ```
    /// use netdojo::quiz::mistake::Mistake;
    /// assert!(Mistake::UsedMinusTwoNotAwsFive.diagnosis().ja.contains("5"));
    /// ```
    pub fn diagnosis(self) -> Text {
        let (_, en, ja) = self.entry();
        Text::new(en, ja)
    }

    fn entry(self) -> (&'static str, &'static str, &'static str) {
        use Mistake as M;
        match self {
            M::ForgotMinusTwo => (
                "forgot_minus_two",
                "That counts every address as a host: the network address and the broadcast address are not hosts, so subtract 2.",
                "全アドレスをホストとして数えています。ネットワークアドレスとブロードキャストアドレスはホストに使えないので 2 を引きます。",
            ),
            M::UsedMinusTwoNotAwsFive => (
                "used_minus_two_not_aws_five",
                "That is the classic rule (−2). In an AWS subnet 5 addresses are reserved: the network, +1 (router), +2 (DNS), +3 (future use) and the last one.",
                "それは一般的なルール（−2）です。AWS のサブネットでは 5 個が予約されます：ネットワーク、+1（ルーター）、+2（DNS）、+3（将来用）、最後のアドレス。",
            ),
            M::UsedAwsFiveNotMinusTwo => (
                "used_aws_five_not_minus_two",
                "That is the AWS rule (−5). The classic rule only sets aside the network and broadcast addresses (−2).",
                "それは AWS のルール（−5）です。一般的なルールで除くのはネットワークアドレスとブロードキャストアドレスの 2 個だけです。",
            ),
            M::ForgotAwsReserved => (
                "forgot_aws_reserved",
                "That counts every address: AWS keeps 5 addresses of every subnet for itself.",
                "全アドレスを数えています。AWS はどのサブネットでも 5 個のアドレスを予約します。",
            ),
            M::WrongOctet => (
                "wrong_octet",
                "The mask was applied to the wrong octet: find the octet where the prefix ends (prefix ÷ 8) and work there.",
                "マスクを別のオクテットに当てています。プレフィックスが終わるオクテット（プレフィックス ÷ 8）で計算します。",
            ),
            M::OffByOneBlock => (
                "off_by_one_block",
                "That belongs to the neighbouring block of the same size: the blocks start at multiples of the block size.",
                "それは隣の同じ大きさのブロックです。ブロックはブロックサイズの倍数から始まります。",
            ),
            M::ClassfulAssumption => (
                "classful_assumption",
                "That uses the old class A/B/C mask. Since CIDR the prefix length given decides the mask, not the first octet.",
                "古いクラス A/B/C のマスクを使っています。CIDR では最初のオクテットではなく、与えられたプレフィックス長がマスクを決めます。",
            ),
            M::MaskWildcardSwapped => (
                "mask_wildcard_swapped",
                "Netmask and wildcard mask are swapped: the netmask has the ones in front (255.255.255.0), the wildcard is its inverse (0.0.0.255).",
                "ネットマスクとワイルドカードマスクが逆です。ネットマスクは先頭が 1（255.255.255.0）、ワイルドカードはその反転（0.0.0.255）です。",
            ),
            M::HostBitsKept => (
                "host_bits_kept",
                "The host bits are still set: clear every bit after the prefix to get the network.",
                "ホスト部のビットが残っています。プレフィックスより後ろのビットをすべて 0 にするとネットワークになります。",
            ),
            M::NetworkBroadcastSwapped => (
                "network_broadcast_swapped",
                "Network and broadcast are swapped: the network address has all host bits 0, the broadcast address has them all 1.",
                "ネットワークとブロードキャストが逆です。ホスト部がすべて 0 ならネットワークアドレス、すべて 1 ならブロードキャストアドレスです。",
            ),
            M::LastHostForBroadcast => (
                "last_host_for_broadcast",
                "That is the last host. The broadcast address is one higher: all host bits set to 1.",
                "それは最後のホストです。ブロードキャストアドレスはその 1 つ上、ホスト部がすべて 1 のアドレスです。",
            ),
            M::RangeIncludesNetworkAndBroadcast => (
                "range_includes_network_and_broadcast",
                "That range starts at the network address and ends at the broadcast address; hosts start one above and end one below.",
                "その範囲はネットワークアドレスからブロードキャストアドレスまでです。ホストは 1 つ上から 1 つ下までです。",
            ),
            M::OffByOneBit => (
                "off_by_one_bit",
                "One bit off: each bit of the prefix halves or doubles the block, so check the power of 2 again.",
                "1 ビットずれています。プレフィックスが 1 ビット変わるとブロックは半分か 2 倍になるので、2 のべき乗を確かめましょう。",
            ),
            M::ForgotInclusive => (
                "forgot_inclusive",
                "Y − X counts the steps between the ends; an inclusive range has one more address: Y − X + 1.",
                "Y − X は両端の間の差です。両端を含む範囲ではアドレスが 1 つ多く、Y − X + 1 になります。",
            ),
            M::LastOctetOnly => (
                "last_octet_only",
                "Only the last octets were compared: when the range crosses into another octet, each step of the octet before it is 256 addresses.",
                "最後のオクテットだけを比べています。範囲が別のオクテットにまたがるときは、その前のオクテットが 1 増えるごとに 256 アドレスです。",
            ),
            M::ExcludedBothEnds => (
                "excluded_both_ends",
                "That leaves out both ends; \"both included\" counts X and Y too: Y − X + 1.",
                "両端を数えていません。「両端を含む」なら X と Y も数えるので Y − X + 1 です。",
            ),
            M::BitsReversed => (
                "bits_reversed",
                "The bits are in reverse order: the leftmost bit of an octet is worth 128, the rightmost 1.",
                "ビットの並びが逆です。オクテットの左端のビットが 128、右端が 1 です。",
            ),
            M::WrongPlaceValue => (
                "wrong_place_value",
                "One bit is off: from the left the bits of an octet are worth 128, 64, 32, 16, 8, 4, 2 and 1; add up the places that hold a 1.",
                "1 ビットずれています。オクテットのビットは左から 128, 64, 32, 16, 8, 4, 2, 1 の重みです。1 の位置の重みを足しましょう。",
            ),
            M::OctetsReversed => (
                "octets_reversed",
                "The octets are in reverse order: the first octet is the most significant (× 256³).",
                "オクテットの順序が逆です。最初のオクテットが最上位（× 256³）です。",
            ),
            M::Base255 => (
                "base_255",
                "Each octet place is worth 256 times the next one (256³, 256², 256, 1), not 255.",
                "オクテットの位の重みは 255 倍ではなく 256 倍ずつです（256³, 256², 256, 1）。",
            ),
            M::OctetOver255 => (
                "octet_over_255",
                "An octet holds 8 bits, so it can only be 0 to 255.",
                "オクテットは 8 ビットなので 0〜255 しか取れません。",
            ),
            M::WrongOctetCount => (
                "wrong_octet_count",
                "Dotted decimal IPv4 has exactly four octets (4 × 8 = 32 bits).",
                "ドット区切りの IPv4 アドレスはちょうど 4 オクテット（4 × 8 = 32 ビット）です。",
            ),
            M::EdgeOctetInvalid => (
                "edge_octet_invalid",
                "0 and 255 are ordinary octet values: any octet from 0 to 255 is allowed.",
                "0 や 255 も普通のオクテット値です。0〜255 ならどのオクテットでも使えます。",
            ),
            M::NonContiguousMask => (
                "non_contiguous_mask",
                "A netmask is ones followed only by zeros; here a one comes after a zero.",
                "ネットマスクは 1 が続いたあと 0 だけが続きます。ここでは 0 の後に 1 があります。",
            ),
            M::ValidMaskRejected => (
                "valid_mask_rejected",
                "Its ones are contiguous (written out in binary, no one follows a zero), so it is a valid netmask.",
                "2 進数で書くと 1 が連続し、0 の後に 1 がないので、正しいネットマスクです。",
            ),
            M::ComparedWholeOctets => (
                "compared_whole_octets",
                "Comparing whole octets is not enough when the prefix ends inside an octet: compare the address with the block's first and last address.",
                "プレフィックスがオクテットの途中で終わるときは、オクテット単位の比較では足りません。ブロックの最初と最後のアドレスと比べましょう。",
            ),
            M::SharedIsNotPrivate => (
                "shared_is_not_private",
                "100.64.0.0/10 is shared address space for carrier-grade NAT (RFC 6598), not one of the three RFC 1918 private blocks.",
                "100.64.0.0/10 はキャリアグレード NAT 用の共有アドレス空間（RFC 6598）で、RFC 1918 の 3 つのプライベートブロックではありません。",
            ),
            M::PrivateRangeEdge => (
                "private_range_edge",
                "172.16.0.0/12 runs from 172.16.0.0 to 172.31.255.255 only; 172.15.x.x and 172.32.x.x are public.",
                "172.16.0.0/12 は 172.16.0.0〜172.31.255.255 だけです。172.15.x.x や 172.32.x.x はパブリックです。",
            ),
            M::WrongSpecialBlock => (
                "wrong_special_block",
                "That is the name of another special-purpose block: check which registry block contains the address.",
                "それは別の特別用途ブロックの名前です。アドレスがどのブロックに入るか確かめましょう。",
            ),
            M::AwsPrefixRange => (
                "aws_prefix_range",
                "AWS accepts IPv4 VPC and subnet blocks from /16 (65,536 addresses) to /28 (16 addresses) only.",
                "AWS が受け付ける IPv4 の VPC・サブネットのブロックは /16（65,536 個）から /28（16 個）までです。",
            ),
            M::AwsValidRejected => (
                "aws_valid_rejected",
                "This block is inside /16 to /28 and starts at its network address, so AWS accepts it.",
                "このブロックは /16〜/28 の範囲にあり、ネットワークアドレスから始まっているので AWS で使えます。",
            ),
            M::HostBitsSetAccepted => (
                "host_bits_set_accepted",
                "The address has host bits set, so it is not the start of a block: a CIDR block must be written with its network address.",
                "アドレスにホスト部のビットが立っているので、ブロックの先頭ではありません。CIDR ブロックはネットワークアドレスで書きます。",
            ),
            M::AwsRoleMixedUp => (
                "aws_role_mixed_up",
                "The reserved addresses go in this order: network, +1 VPC router, +2 DNS, +3 future use, and the last address.",
                "予約アドレスの順は、ネットワーク、+1 VPC ルーター、+2 DNS、+3 将来用、最後のアドレスです。",
            ),
            M::AwsReservedMixedUp => (
                "aws_reserved_mixed_up",
                "AWS reserves the first four addresses (network to +3) and the last one; everything between is usable.",
                "AWS が予約するのは先頭の 4 個（ネットワーク〜+3）と最後の 1 個です。その間はすべて使えます。",
            ),
            M::MissedContainment => (
                "missed_containment",
                "One block lies inside the other, and containing is overlapping: compare the shorter prefix's range with the other block.",
                "一方のブロックがもう一方に含まれています。含むことも重なりです。短いプレフィックスの範囲と比べましょう。",
            ),
            M::AdjacentIsNotOverlap => (
                "adjacent_is_not_overlap",
                "The blocks only touch: one ends right before the other starts, so no address is in both.",
                "ブロックは隣り合っているだけで、一方の終わりの直後にもう一方が始まります。両方に入るアドレスはありません。",
            ),
            M::ShortestPrefixWins => (
                "shortest_prefix_wins",
                "The most specific route wins: among the routes that match, take the longest prefix, not the shortest.",
                "最も具体的な経路が勝ちます。一致する経路のうち、短いプレフィックスではなく最も長いプレフィックスを選びます。",
            ),
            M::DefaultRouteOnly => (
                "default_route_only",
                "0.0.0.0/0 matches everything but is the least specific: it is used only when no longer prefix matches.",
                "0.0.0.0/0 はすべてに一致しますが最も具体性が低く、より長いプレフィックスが一致しないときだけ使われます。",
            ),
            M::RouteDoesNotMatch => (
                "route_does_not_match",
                "That route's destination does not contain the address, so it cannot be used for it.",
                "その経路の宛先にはアドレスが含まれないので、使われません。",
            ),
            M::NatIsNotPublic => (
                "nat_is_not_public",
                "A default route to a NAT gateway lets instances reach out, but the subnet stays private: only a route to an Internet gateway makes it public.",
                "NAT ゲートウェイへのデフォルトルートで外へ出られますが、サブネットはプライベートのままです。パブリックにするのはインターネットゲートウェイへの経路だけです。",
            ),
            M::IgwMakesPublic => (
                "igw_makes_public",
                "A route to an Internet gateway (igw-) is exactly what makes a subnet public.",
                "インターネットゲートウェイ（igw-）への経路があることこそが、パブリックサブネットの条件です。",
            ),
            M::NoIgwRoute => (
                "no_igw_route",
                "Without a route to an Internet gateway (igw-) the subnet is private, whatever else its table holds.",
                "インターネットゲートウェイ（igw-）への経路がなければ、ほかに何があってもサブネットはプライベートです。",
            ),
            M::PortRangeEdge => (
                "port_range_edge",
                "The RFC 6335 ranges are 0–1023 well-known (system), 1024–49151 registered (user) and 49152–65535 dynamic.",
                "RFC 6335 の範囲は 0〜1023 がウェルノウン（システム）、1024〜49151 が登録済み（ユーザー）、49152〜65535 が動的です。",
            ),
            M::DynamicFrom49142 => (
                "dynamic_from_49142",
                "The dynamic range starts at 49152, not 49142 (a common typo): 49142 to 49151 are still registered ports.",
                "動的ポートは 49142 ではなく 49152 から始まります（よくある誤記）。49142〜49151 は登録済みポートです。",
            ),
            M::WrongServicePort => (
                "wrong_service_port",
                "That port belongs to another service: 22 SSH, 25 SMTP, 53 DNS, 80 HTTP, 110 POP3, 143 IMAP, 443 HTTPS, 3306 MySQL, 3389 RDP, 5432 PostgreSQL.",
                "それは別のサービスのポートです。22 SSH、25 SMTP、53 DNS、80 HTTP、110 POP3、143 IMAP、443 HTTPS、3306 MySQL、3389 RDP、5432 PostgreSQL。",
            ),
            M::IanaIsNotLinux => (
                "iana_is_not_linux",
                "Linux picks client source ports from 32768 to 60999 by default (net.ipv4.ip_local_port_range), not from IANA's 49152 to 65535.",
                "Linux が既定でクライアントの送信元ポートに使うのは 32768〜60999（net.ipv4.ip_local_port_range）で、IANA の 49152〜65535 ではありません。",
            ),
            M::AttachedIpv4Free => (
                "attached_ipv4_free",
                "Since 1 February 2024 AWS charges for every public IPv4 address, attached to a running instance or idle.",
                "2024 年 2 月 1 日から、AWS は稼働中のインスタンスに付いているものも含め、すべてのパブリック IPv4 アドレスに課金します。",
            ),
            M::ForgotCount => (
                "forgot_count",
                "That is the figure for one; multiply by how many there are.",
                "それは 1 つ分の値です。個数を掛けましょう。",
            ),
            M::BitsNotLog2 => (
                "bits_not_log2",
                "k equal parts need log2(k) more prefix bits, rounded up (4 parts: 2 bits), not k bits.",
                "k 個に等分するにはプレフィックスを log2(k) ビット（切り上げ）伸ばします（4 個なら 2 ビット）。k ビットではありません。",
            ),
            M::WeightIsNotPercent => (
                "weight_is_not_percent",
                "A weight is not a percentage: the share is the weight divided by the sum of all weights.",
                "重みはパーセントではありません。割合は重み ÷ 全ての重みの合計です。",
            ),
            M::SeriesInsteadOfParallel => (
                "series_instead_of_parallel",
                "That multiplies availabilities, the rule for parts in series. Redundant parts are in parallel: A = 1 − (1 − a1)(1 − a2).",
                "それは稼働率を掛け合わせる直列の計算です。冗長な部品は並列なので A = 1 − (1 − a1)(1 − a2) です。",
            ),
            M::ParallelInsteadOfSeries => (
                "parallel_instead_of_series",
                "That is the parallel rule. When every part is needed they are in series: multiply, A = a1 × a2.",
                "それは並列の計算です。すべての部品が必要なら直列なので掛け合わせます：A = a1 × a2。",
            ),
            M::WrongPeriod => (
                "wrong_period",
                "That is the downtime over another period: check the period and its length (a 30-day month is 43,200 minutes, a 365-day year 525,600).",
                "それは別の期間の停止時間です。期間と長さを確かめましょう（30 日の月は 43,200 分、365 日の年は 525,600 分）。",
            ),
            M::UptimeForDowntime => (
                "uptime_for_downtime",
                "That is the time it is up. Downtime is the period × (1 − availability).",
                "それは稼働している時間です。停止時間は期間 × (1 − 稼働率) です。",
            ),
            M::SynNotCounted => (
                "syn_not_counted",
                "The SYN takes one sequence number: data starts at ISN + 1, so add 1.",
                "SYN は順序番号を 1 つ使います。データは ISN + 1 から始まるので 1 を足します。",
            ),
            M::TtlOffByOne => (
                "ttl_off_by_one",
                "Each router on the way lowers the TTL by exactly 1; the sending and receiving hosts do not.",
                "途中のルーターがそれぞれ TTL をちょうど 1 減らします。送信元と宛先のホストは減らしません。",
            ),
            M::WrongLayer => (
                "wrong_layer",
                "Application: HTTP, DNS, SSH, SMTP. Transport: TCP, UDP. Internet: IP, ICMP. Link: Ethernet, PPP.",
                "アプリケーション層：HTTP・DNS・SSH・SMTP、トランスポート層：TCP・UDP、インターネット層：IP・ICMP、リンク層：Ethernet・PPP。",
            ),
            M::WrongStatusClass => (
                "wrong_status_class",
                "The first digit decides: 1xx informational, 2xx success, 3xx redirection, 4xx client error, 5xx server error.",
                "最初の桁で決まります。1xx 情報、2xx 成功、3xx リダイレクト、4xx クライアントエラー、5xx サーバーエラー。",
            ),
            M::RoundedDown => (
                "rounded_down",
                "A part or a server cannot be split: round the division up, not down.",
                "パートやサーバーは分割できません。割り算は切り捨てではなく切り上げます。",
            ),
            M::DecimalBinaryUnits => (
                "decimal_binary_units",
                "GiB and MiB are binary units: 1 GiB = 1,024 MiB, not 1,000.",
                "GiB と MiB は2進の単位です。1 GiB = 1,024 MiB で、1,000 ではありません。",
            ),
            M::ForgotSpare => (
                "forgot_spare",
                "That is N, the servers the peak load needs; N+1 adds one spare so one can fail or be under maintenance.",
                "それはピーク負荷に必要な台数 N です。N+1 は 1 台が故障・保守中でも耐えられるよう予備を 1 台足します。",
            ),
            M::PeeringIsNotInternet => (
                "peering_is_not_internet",
                "Peering connections and Transit Gateways join private networks; they are not a way to the Internet, so the subnet is private.",
                "ピアリング接続や Transit Gateway はプライベートなネットワーク同士をつなぐもので、インターネットへの経路ではありません。サブネットはプライベートです。",
            ),
            M::LevelsFromLeft => (
                "levels_from_left",
                "Levels are counted from the right: the TLD is the 1st level, the label to its left the 2nd, and so on.",
                "レベルは右から数えます。TLD が第1レベル、その左のラベルが第2レベル、という順です。",
            ),
            M::LevelOffByOne => (
                "level_off_by_one",
                "One level off: count every label from the TLD leftwards; in example.co.jp, co is the 2nd level and example the 3rd.",
                "レベルが 1 つずれています。TLD から左へすべてのラベルを数えます。example.co.jp では co が第2レベル、example が第3レベルです。",
            ),
            M::TldKindMixedUp => (
                "tld_kind_mixed_up",
                "A ccTLD is a two-letter country code (jp, uk, io, tv); generic TLDs are longer (com, org, tokyo), and arpa is for infrastructure.",
                "ccTLD は 2 文字の国コード（jp・uk・io・tv）です。分野別の gTLD はそれより長く（com・org・tokyo）、arpa はインフラ用です。",
            ),
            M::PublicSuffixRegistered => (
                "public_suffix_registered",
                "That is a public suffix: registrants buy names under it, never the suffix itself.",
                "それはパブリックサフィックスです。登録者はその下の名前を取得するもので、サフィックス自体は取得できません。",
            ),
            M::SubdomainRegistered => (
                "subdomain_registered",
                "That is a subdomain: the holder of the registrable domain creates it in its own zone, without buying anything.",
                "それはサブドメインです。登録可能ドメインを持つ人が自分のゾーンで作るもので、購入はしません。",
            ),
            M::LastTwoLabelsOnly => (
                "last_two_labels_only",
                "Under a two-label public suffix such as co.jp the registrable domain has three labels: the suffix plus one.",
                "co.jp のような 2 ラベルのパブリックサフィックスでは、登録可能ドメインはサフィックスに 1 つ足した 3 ラベルです。",
            ),
            M::LabelTooLongAccepted => (
                "label_too_long_accepted",
                "A label holds at most 63 octets (RFC 1035), so a longer one makes the name invalid.",
                "ラベルは最大 63 オクテット（RFC 1035）なので、それより長いラベルを含む名前は無効です。",
            ),
            M::EmptyLabelAccepted => (
                "empty_label_accepted",
                "Two dots in a row (or a leading dot) leave an empty label, and only the root may be empty.",
                "ドットが連続する（または先頭にある）と空のラベルになります。空でよいのはルートだけです。",
            ),
            M::BadLabelCharAccepted => (
                "bad_label_char_accepted",
                "Host names use only letters, digits and hyphens (underscores in service labels); other characters make the name invalid.",
                "ホスト名に使えるのは英字・数字・ハイフン（サービス用ラベルではアンダースコアも）だけです。それ以外の文字を含む名前は無効です。",
            ),
            M::HyphenAtEdgeAccepted => (
                "hyphen_at_edge_accepted",
                "A label may hold hyphens inside, but it may not start or end with one.",
                "ラベルの途中のハイフンは使えますが、先頭や末尾には置けません。",
            ),
            M::NameTooLongAccepted => (
                "name_too_long_accepted",
                "A whole name takes at most 255 octets on the wire: each label plus its length octet, plus 1 for the root.",
                "名前全体は最大 255 オクテットです（各ラベルとその長さの 1 オクテット、ルートの 1 オクテットを足した値）。",
            ),
            M::ValidNameRejected => (
                "valid_name_rejected",
                "Every label here is 1 to 63 letters, digits or inner hyphens and the name is short enough: it is valid.",
                "どのラベルも 1〜63 文字の英字・数字・途中のハイフンで、名前全体も長すぎないので有効です。",
            ),
            M::TtlMisread => (
                "ttl_misread",
                "A cached answer stays valid for TTL seconds after it was cached: add the TTL to the cache time and compare.",
                "キャッシュした応答は、キャッシュした時刻から TTL 秒の間だけ有効です。キャッシュ時刻に TTL を足して比べます。",
            ),
            M::MxHighestPreferred => (
                "mx_highest_preferred",
                "For MX records the lowest preference number is tried first; higher numbers are backups.",
                "MX レコードは優先度の数値が小さいものから使われます。大きい数値は予備です。",
            ),
            M::RequestLinePartsMixedUp => (
                "request_line_parts_mixed_up",
                "A request line is method, target, version, in that order: GET /index.html HTTP/1.1.",
                "リクエストラインはメソッド・ターゲット・バージョンの順です（GET /index.html HTTP/1.1）。",
            ),
            M::CountedNonHeaderLine => (
                "counted_non_header_line",
                "Only the NAME: value lines between the start line and the empty line are headers.",
                "ヘッダーは開始行と空行の間にある「名前: 値」の行だけです。",
            ),
            M::BodyAfterEmptyLine => (
                "body_after_empty_line",
                "The body is whatever follows the empty line after the headers; with nothing there, there is no body.",
                "ボディーはヘッダーの後の空行より後ろにある部分です。そこに何もなければボディーはありません。",
            ),
            M::WrongHttpProblem => (
                "wrong_http_problem",
                "Check the message line by line: the start line, each header, the empty line, then the body.",
                "開始行、各ヘッダー、空行、ボディーの順に 1 行ずつ確かめましょう。",
            ),
            M::FragmentHeaderIgnored => (
                "fragment_header_ignored",
                "Every fragment repeats the IP header, so each carries at most MTU − header bytes of data.",
                "どのフラグメントにも IP ヘッダーが付くので、運べるデータは最大で MTU − ヘッダー長です。",
            ),
            M::OffsetInBytes => (
                "offset_in_bytes",
                "The Fragment Offset field counts 8-byte units: divide the byte position by 8.",
                "フラグメントオフセットのフィールドは 8 バイト単位です。バイト位置を 8 で割ります。",
            ),
            M::FragmentNotMultipleOf8 => (
                "fragment_not_multiple_of_8",
                "Every fragment but the last must carry a multiple of 8 data bytes, so round MTU − header down to a multiple of 8.",
                "最後以外のフラグメントのデータは 8 の倍数バイトでなければならないので、MTU − ヘッダー長を 8 の倍数に切り捨てます。",
            ),
            // Availability over AZs, load balancing, monitoring and IAM (M5, M16 to M19).
            M::DowntimeShareAsAvailability => (
                "downtime_share_as_availability",
                "That is the share of the period the service was down; availability is 1 minus that share.",
                "それは期間のうち停止していた割合です。稼働率は 1 からその割合を引いた値です。",
            ),
            M::MinutesOverHours => (
                "minutes_over_hours",
                "The downtime is in minutes, so divide by the period in minutes too (a 30-day month is 43,200 minutes, not 720 hours).",
                "停止時間が分なので、期間も分で割ります（30 日の月は 720 時間ではなく 43,200 分）。",
            ),
            M::NinesAsDigits => (
                "nines_as_digits",
                "The number of nines is −log10(1 − A), a real number: counting the 9 digits of the percentage only gives a rough whole number.",
                "ナインの数は −log10(1 − A) で求める実数です。百分率の 9 の桁を数えても大まかな整数にしかなりません。",
            ),
            M::DividedByAllZones => (
                "divided_by_all_zones",
                "Spreading N over all Z zones leaves too few when one zone is lost: the Z − 1 zones left must hold N, so per zone = ⌈N ÷ (Z − 1)⌉.",
                "N 台を Z 個すべての AZ に割ると、1 つ失ったときに足りません。残る Z − 1 個で N 台をまかなうので、AZ あたり ⌈N ÷ (Z − 1)⌉ 台です。",
            ),
            M::SpareIsNotZone => (
                "spare_is_not_zone",
                "One spare server (N+1) covers one failed server, not a whole zone: the zones left after the loss must still hold N.",
                "予備 1 台（N+1）で耐えられるのはサーバー 1 台の故障で、AZ 全体ではありません。AZ を失った後に残る AZ で N 台をまかなう必要があります。",
            ),
            M::LostShareForRemaining => (
                "lost_share_for_remaining",
                "That is the share of capacity that went down with the zone; the question asks what is left.",
                "それは AZ とともに失われた処理能力の割合です。問われているのは残る割合です。",
            ),
            M::OneServerNotOneZone => (
                "one_server_not_one_zone",
                "When a zone fails, every server in it stops, not just one: subtract all the servers of that zone.",
                "AZ が止まると、その中のサーバーは 1 台だけでなくすべて止まります。その AZ のサーバー全部を引きます。",
            ),
            M::UnhealthyStillServed => (
                "unhealthy_still_served",
                "That spreads the requests over every target; the load balancer stops sending to a target that fails its health checks, so divide by the healthy ones only.",
                "それはすべてのターゲットに振り分けた場合です。ロードバランサーはヘルスチェックに失敗したターゲットには送らないので、正常なターゲットの数だけで割ります。",
            ),
            M::RemainderMisplaced => (
                "remainder_misplaced",
                "The left-over requests go one each to the first healthy targets of the rotation, in order; the others get the quotient alone.",
                "余りのリクエストはローテーションの先頭から順に、正常なターゲットへ 1 件ずつ渡ります。それ以外のターゲットは商の件数だけです。",
            ),
            M::ConsecutiveForMOfN => (
                "consecutive_for_m_of_n",
                "M out of N does not need the breaches in a row: any M of the last N datapoints breaching is enough.",
                "N 個中 M 個は連続である必要はありません。直近 N 個のうちどれでも M 個が超過すれば十分です。",
            ),
            M::JudgedBeforeWindowFull => (
                "judged_before_window_full",
                "Until N datapoints exist the alarm has too little data to judge and stays INSUFFICIENT_DATA.",
                "データポイントが N 個そろうまでは判定に足りず、アラームは INSUFFICIENT_DATA のままです。",
            ),
            M::ThresholdEqualMisread => (
                "threshold_equal_misread",
                "Check the comparison at the threshold itself: > and < leave a value equal to the threshold out, >= and <= count it as breaching.",
                "閾値ちょうどの値に注意しましょう。> と < では閾値と等しい値は超過に入らず、>= と <= では入ります。",
            ),
            M::FirstBreachIsAlarm => (
                "first_breach_is_alarm",
                "One breaching datapoint is not enough: the alarm needs M breaching datapoints among the last N.",
                "超過したデータポイントが 1 つだけでは足りません。直近 N 個のうち M 個の超過が必要です。",
            ),
            M::FirstGoodPointIsOk => (
                "first_good_point_is_ok",
                "One good datapoint does not end the alarm while M of the last N still breach: recount the window after each datapoint.",
                "直近 N 個のうち M 個がまだ超過していれば、正常なデータポイントが 1 つ来てもアラームは続きます。データポイントごとに数え直します。",
            ),
            M::AllowOverridesDeny => (
                "allow_overrides_deny",
                "An explicit Deny in any matching statement wins over every Allow, whatever the order of the statements.",
                "一致するステートメントに明示的な Deny があれば、ステートメントの順序に関係なくどの Allow よりも優先されます。",
            ),
            M::NoMatchMeansAllow => (
                "no_match_means_allow",
                "IAM denies by default: a request that no Allow statement matches is denied (an implicit deny).",
                "IAM の既定は拒否です。一致する Allow がないリクエストは拒否されます（暗黙的な拒否）。",
            ),
            M::ResourceIgnored => (
                "resource_ignored",
                "A statement applies only when both its Action and its Resource match the request: check the ARN too.",
                "ステートメントが適用されるのは Action と Resource の両方が一致するときだけです。ARN も確かめましょう。",
            ),
            M::WildcardMisread => (
                "wildcard_misread",
                "In an action pattern * stands for any run of characters: s3:Get* matches s3:GetObject and s3:GetObjectTagging, and * alone matches every action.",
                "アクションのパターンの * は任意の文字列を表します。s3:Get* は s3:GetObject にも s3:GetObjectTagging にも一致し、* だけならすべてのアクションに一致します。",
            ),
            M::NoMinimumCharge => (
                "no_minimum_charge",
                "Per-second billing has a 60-second minimum: a run shorter than a minute is billed as 60 seconds.",
                "秒単位課金には最低 60 秒の課金があります。1 分未満の実行は 60 秒として課金されます。",
            ),
            M::BilledPerStartedHour => (
                "billed_per_started_hour",
                "Most Linux and Windows instances are billed per second (after the 60-second minimum), not per started hour; whole hours apply only to some AMIs.",
                "多くの Linux・Windows インスタンスは開始した 1 時間単位ではなく秒単位（最低 60 秒）で課金されます。時間単位なのは一部の AMI だけです。",
            ),
            M::HourlyRateAsPerMinute => (
                "hourly_rate_as_per_minute",
                "The price is per hour: divide it by 3,600 to get the price of one second.",
                "料金は 1 時間あたりです。3,600 で割ると 1 秒あたりの料金になります。",
            ),
            // AWS compute, firewalls, databases and edge.
            M::SgHasDenyRule => (
                "sg_has_deny_rule",
                "A security group has allow rules only: a rule that does not match the packet blocks nothing, so another rule that matches still lets it in.",
                "セキュリティグループには許可ルールしかありません。一致しないルールは何も拒否しないので、別のルールが一致すればパケットは入れます。",
            ),
            M::SgOrderMatters => (
                "sg_order_matters",
                "A security group does not read its rules in order with the first one deciding: every rule is checked, and any one match lets the packet in.",
                "セキュリティグループは、ルールを順に読んで最初のルールで決めるのではありません。すべてのルールを調べ、どれか 1 つでも一致すれば通します。",
            ),
            M::SgGroupSource => (
                "sg_group_source",
                "A rule whose source is a security group matches traffic from interfaces in that group, whatever their address, and nothing else: check the sender's groups.",
                "送信元がセキュリティグループのルールは、アドレスに関係なくそのグループに属するインターフェースからの通信だけに一致します。送信元のグループを確かめましょう。",
            ),
            M::RulePortRangeEdge => (
                "rule_port_range_edge",
                "A rule's port range includes both of its ends and nothing beyond them: 1024-65535 covers 1024 and 65535 but not 1023.",
                "ルールのポート範囲は両端を含み、その外は含みません。1024-65535 は 1024 と 65535 を含みますが 1023 は含みません。",
            ),
            M::RuleSourceOutside => (
                "rule_source_outside",
                "The address is outside that rule's block: keep the block's prefix bits of the address and compare them with the block's network address.",
                "アドレスはそのルールのブロックの外です。アドレスのプレフィックス部分を取り出し、ブロックのネットワークアドレスと比べましょう。",
            ),
            M::RuleWrongProtocol => (
                "rule_wrong_protocol",
                "A rule covers one protocol: TCP 53 and UDP 53 are different ports, and only a rule for all traffic covers both.",
                "ルールが対象にするのは 1 つのプロトコルです。TCP 53 と UDP 53 は別のポートで、両方に一致するのは全トラフィックのルールだけです。",
            ),
            M::NaclMostSpecificWins => (
                "nacl_most_specific_wins",
                "A network ACL is not longest-prefix match: the rules are read from the lowest number up and the first match decides, even when a later rule's block is more specific.",
                "ネットワーク ACL は最長一致ではありません。ルール番号の小さい順に読み、最初に一致したルールで決まります。後のルールのブロックがより具体的でも同じです。",
            ),
            M::NaclNoDefaultDeny => (
                "nacl_no_default_deny",
                "When no numbered rule matches, the last rule * denies: a network ACL lets through only what a rule allows.",
                "番号付きのルールがどれも一致しなければ、最後のルール * が拒否します。ネットワーク ACL はルールで許可したものしか通しません。",
            ),
            M::NaclStateful => (
                "nacl_stateful",
                "A network ACL is stateless: a reply is judged again by the rules of its own direction, and its destination port is the client's ephemeral port, so it needs a rule such as 1024-65535.",
                "ネットワーク ACL はステートレスです。応答も自分の方向のルールで改めて判定され、宛先はクライアントのエフェメラルポートなので、1024-65535 のようなルールが必要です。",
            ),
            M::Ec2FamilyIsSeries => (
                "ec2_family_is_series",
                "The first letters are only the series: AWS calls everything before the dot the instance family (for c6gn.xlarge the family is c6gn).",
                "先頭の文字はシリーズにすぎません。AWS はドットより前のすべてをインスタンスファミリーと呼びます（c6gn.xlarge のファミリーは c6gn）。",
            ),
            M::Ec2FamilyDropsLetters => (
                "ec2_family_drops_letters",
                "The letters after the generation belong to the family too: for c6i.large the family is c6i, not c6.",
                "世代の後ろの文字もファミリーの一部です。c6i.large のファミリーは c6 ではなく c6i です。",
            ),
            M::Ec2SizeIsFamily => (
                "ec2_size_is_family",
                "The part after the dot is the size; the family is the part before it.",
                "ドットの後ろはサイズです。ファミリーはドットより前の部分です。",
            ),
            M::Ec2SeriesMixedUp => (
                "ec2_series_mixed_up",
                "The series letter gives the kind: m and t general purpose, c compute optimized, r, x and z memory optimized, i, d and h storage optimized.",
                "シリーズの文字が種類を表します。m・t は汎用、c はコンピューティング最適化、r・x・z はメモリ最適化、i・d・h はストレージ最適化です。",
            ),
            M::Ec2LetterMixedUp => (
                "ec2_letter_mixed_up",
                "After the generation: a AMD, g Graviton (Arm), i Intel for the processor; d local NVMe instance store, n network and EBS optimized, e extra storage or memory, z high frequency, b EBS optimized.",
                "世代の後ろの文字は、プロセッサーが a（AMD）・g（Graviton、Arm）・i（Intel）、機能が d（ローカル NVMe インスタンスストア）・n（ネットワークと EBS の最適化）・e（追加のストレージまたはメモリ）・z（高周波数）・b（EBS 最適化）です。",
            ),
            M::Ec2XlargeIsOneLarge => (
                "ec2_xlarge_is_one_large",
                "xlarge is already twice a large, so Nxlarge is 2N large, not N.",
                "xlarge は large の 2 倍なので、Nxlarge は large の N 倍ではなく 2N 倍です。",
            ),
            M::Ec2StepsNotDoubling => (
                "ec2_steps_not_doubling",
                "That counts the size steps; each step doubles vCPUs and memory, so k steps make 2 to the power k.",
                "それはサイズの段数です。1 段ごとに vCPU とメモリが 2 倍になるので、k 段なら 2 の k 乗です。",
            ),
            M::CertWildcardOneLabel => (
                "cert_wildcard_one_label",
                "The * of a wildcard stands for one whole label, so *.example.jp covers static.example.jp.",
                "ワイルドカードの * は 1 つのラベル全体を表すので、*.example.jp は static.example.jp に使えます。",
            ),
            M::CertExactNameMissed => (
                "cert_exact_name_missed",
                "One of the certificate's names is this very host (case and a final dot do not matter), so it is covered.",
                "証明書の名前の 1 つがこのホストそのものです（大文字小文字と末尾のドットは区別しません）。だから使えます。",
            ),
            M::CertWildcardCoversApex => (
                "cert_wildcard_covers_apex",
                "A wildcard never covers its own domain: *.example.jp does not cover example.jp, which must be listed as a name of its own.",
                "ワイルドカードは自分のドメインそのものには使えません。*.example.jp は example.jp に使えないので、example.jp を別の名前として入れます。",
            ),
            M::CertWildcardTwoLevels => (
                "cert_wildcard_two_levels",
                "The * stands for exactly one label: *.example.jp covers static.example.jp but not a.static.example.jp.",
                "* はちょうど 1 つのラベルだけを表します。*.example.jp は static.example.jp には使えますが、a.static.example.jp には使えません。",
            ),
            M::CertNotUnderDomain => (
                "cert_not_under_domain",
                "Compare whole labels from the right: a name that only contains the domain somewhere, or glues it on with a hyphen, is not under it.",
                "ラベル単位で右から比べます。途中にドメインを含むだけの名前や、ハイフンでつないだ名前は、そのドメインの下ではありません。",
            ),
            M::CdnHitsForMisses => (
                "cdn_hits_for_misses",
                "Those are the hits, answered by the edge; the origin sees only the misses: requests − hits.",
                "それはエッジが返したヒットの数です。オリジンに届くのはミスだけで、リクエスト − ヒットです。",
            ),
            M::CdnEveryRequestToOrigin => (
                "cdn_every_request_to_origin",
                "Not every request reaches the origin: the hits are answered from the edge's cache.",
                "すべてのリクエストがオリジンに届くわけではありません。ヒットはエッジのキャッシュから返されます。",
            ),
            M::CdnRatioInverted => (
                "cdn_ratio_inverted",
                "That is the miss ratio (origin fetches ÷ requests); the hit ratio is hits ÷ requests.",
                "それはミス率（オリジンへの取得 ÷ リクエスト）です。ヒット率はヒット ÷ リクエストです。",
            ),
        }
    }
}

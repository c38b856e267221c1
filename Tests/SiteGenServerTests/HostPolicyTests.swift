import Testing
@testable import SiteGenServer

@Suite("Host header check and the banner")
struct HostPolicyTests {
    @Test func allowsLoopbackNamesAddressesAndListedNames() {
        let policy = HostPolicy(boundHost: "127.0.0.1", allowed: ["Blog.Test", ".dev.test"])
        for allowed in ["localhost", "LOCALHOST:1313", "app.localhost", "127.0.0.1:1313", "[::1]:1313", "192.168.0.7",
                        "blog.test", "blog.test:80", "dev.test", "a.dev.test"] {
            #expect(policy.allows(authority: allowed), "\(allowed)")
        }
        for refused in ["attacker.example", "localhost.attacker.example", "127.0.0.1.nip.io", "blog.test.evil", "devtest",
                        "xdev.test", "", ":1313", "[::1", "1.2.3.4.5", "256.1.1.1"] {
            #expect(!policy.allows(authority: refused), "\(refused)")
        }
        #expect(HostPolicy(boundHost: "mybox.lan").allows(authority: "MyBox.lan:1313"))
    }

    @Test func splitsTheHostFromThePort() {
        #expect(HostPolicy.hostName(of: "example.test:8080") == "example.test")
        #expect(HostPolicy.hostName(of: "[fe80::1]:8080") == "fe80::1")
        #expect(HostPolicy.hostName(of: "example.test") == "example.test")
    }

    @Test func bannerListsTheRealAddressesOfAWildcardHost() {
        let loopback = DevServer(DevServerConfiguration(root: .init(fileURLWithPath: "/s"), clock: { .now }, console: .silent))
        #expect(loopback.banner(port: 1313, addresses: ["10.0.0.5"]) == "sitegen: serving http://127.0.0.1:1313/ (Ctrl-C to stop)")
        let everywhere = DevServer(DevServerConfiguration(root: .init(fileURLWithPath: "/s"), host: "0.0.0.0", clock: { .now }, console: .silent))
        #expect(everywhere.banner(port: 1313, addresses: ["127.0.0.1", "10.0.0.5", "192.168.1.20"]) == """
        sitegen: serving http://127.0.0.1:1313/ (Ctrl-C to stop)
        sitegen: listening on every address; also reachable at:
          http://10.0.0.5:1313/
          http://192.168.1.20:1313/
        """)
        let v6 = DevServer(DevServerConfiguration(root: .init(fileURLWithPath: "/s"), host: "::", clock: { .now }, console: .silent))
        #expect(v6.banner(port: 80, addresses: ["::1", "fd00::7"]).hasSuffix("  http://[::1]:80/\n  http://[fd00::7]:80/"))
        #expect(!NetworkInterfaces.addresses(includeIPv6: false).isEmpty)
    }
}

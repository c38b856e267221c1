import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A plain TCP connection to 127.0.0.1 for reading a live server byte by byte (event
/// streams included). Every read is bounded by a deadline, so a test can never hang.
final class TestConnection: @unchecked Sendable {
    private let descriptor: Int32
    private var received: [UInt8] = []
    private var cursor = 0
    private(set) var isClosed = false

    init(port: Int) throws {
        descriptor = try makeSocket()
        var timeout = timeval(tv_sec: 0, tv_usec: 50_000)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = loopbackAddress(port: port)
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else {
            close(descriptor)
            throw TestFailure("cannot connect to port \(port): errno \(errno)")
        }
    }

    deinit { if !isAbandoned { close(descriptor) } }

    /// Whether `abandon()` closed the socket already.
    private var isAbandoned = false

    /// Closes this end now, as a browser tab that goes away does.
    func abandon() {
        guard !isAbandoned else { return }
        isAbandoned = true
        close(descriptor)
    }

    /// Sends a GET (or another method) for `path`.
    func request(_ path: String, method: String = "GET", keepAlive: Bool = false) {
        let text = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: \(keepAlive ? "keep-alive" : "close")\r\n\r\n"
        send(text)
    }

    /// Sends bytes as they are.
    func send(_ text: String) {
        _ = Array(text.utf8).withUnsafeBytes { sendBytes(descriptor, $0) }
    }

    /// Ends the sending side (the server sees the end of its input); reading goes on.
    func shutdownWrite() {
        shutdown(descriptor, Int32(SHUT_WR))
    }

    /// This end's port, to find the server's side of the connection in `/proc/net/tcp`.
    var localPort: Int {
        var address = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// Waits for `marker` after what earlier calls consumed; returns the text up to and
    /// including it, or nil when the connection closed or the deadline passed first.
    func next(_ marker: String, within limit: Duration = .seconds(10)) async -> String? {
        await onThread { self.blockingNext(Array(marker.utf8), deadline: .now + limit.scaled) }
    }

    /// Reads until the server closes the connection (true) or the deadline passes (false).
    func waitForClose(within limit: Duration = .seconds(10)) async -> Bool {
        await onThread {
            let deadline = ContinuousClock.now + limit.scaled
            while !self.isClosed, ContinuousClock.now < deadline { self.receiveOnce() }
            return self.isClosed
        }
    }

    /// Everything received so far, as text.
    var text: String { String(decoding: received, as: UTF8.self) }

    private func blockingNext(_ marker: [UInt8], deadline: ContinuousClock.Instant) -> String? {
        while true {
            if let range = find(marker) {
                let found = String(decoding: received[cursor..<range], as: UTF8.self)
                cursor = range
                return found
            }
            guard !isClosed, ContinuousClock.now < deadline else { return nil }
            receiveOnce()
        }
    }

    private func find(_ marker: [UInt8]) -> Int? {
        guard received.count - cursor >= marker.count, !marker.isEmpty else { return nil }
        for start in cursor...(received.count - marker.count) where received[start..<start + marker.count].elementsEqual(marker) {
            return start + marker.count
        }
        return nil
    }

    private func receiveOnce() {
        var buffer = [UInt8](repeating: 0, count: 8192)
        let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
        if count > 0 {
            received += buffer[0..<count]
        } else if count == 0 || (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
            isClosed = true  // the end of the stream, or a reset
        }
    }

    /// Blocking reads run on a thread of their own, so they never hold a worker of the
    /// cooperative pool or of Dispatch's global queues, which the server itself needs.
    private func onThread<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: work()) }.start()
        }
    }
}

/// A socket listening on a free loopback port, to make that port busy.
final class BusyPort {
    let port: Int
    private let descriptor: Int32

    init() throws {
        let descriptor = try makeSocket()
        var address = loopbackAddress(port: 0)
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { socketAddress in
                bind(descriptor, socketAddress, length) == 0 && listen(descriptor, 1) == 0
                    && getsockname(descriptor, socketAddress, &length) == 0
            }
        }
        guard bound else {
            close(descriptor)
            throw TestFailure("cannot listen on a free port: errno \(errno)")
        }
        self.descriptor = descriptor
        port = Int(UInt16(bigEndian: address.sin_port))
    }

    deinit { close(descriptor) }
}

private func makeSocket() throws -> Int32 {
    #if canImport(Glibc)
    let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    #else
    let descriptor = socket(AF_INET, SOCK_STREAM, 0)
    #endif
    guard descriptor >= 0 else { throw TestFailure("cannot open a socket: errno \(errno)") }
    return descriptor
}

private func loopbackAddress(port: Int) -> sockaddr_in {
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    address.sin_addr = in_addr(s_addr: inet_addr("127.0.0.1"))
    return address
}

/// `send` without SIGPIPE (outside the class, whose own `send` would shadow it).
private func sendBytes(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Int {
    send(descriptor, bytes.baseAddress, bytes.count, Int32(MSG_NOSIGNAL))
}

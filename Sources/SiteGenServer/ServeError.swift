import NIOCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why `sitegen serve` could not start listening; `description` is the terminal message.
public enum ServeError: Error, Equatable, CustomStringConvertible {
    case portInUse(host: String, port: Int)
    case permissionDenied(host: String, port: Int)
    case cannotListen(host: String, port: Int, reason: String)

    /// Recognises the socket errors of binding; nil for anything else.
    init?(_ error: any Error, host: String, port: Int) {
        if let io = error as? IOError {
            switch io.errnoCode {
            case EADDRINUSE: self = .portInUse(host: host, port: port)
            case EACCES: self = .permissionDenied(host: host, port: port)
            default: self = .cannotListen(host: host, port: port, reason: "\(io)")
            }
        } else if error is SocketAddressError {
            self = .cannotListen(host: host, port: port, reason: "cannot resolve host \"\(host)\"")
        } else {
            return nil
        }
    }

    public var description: String {
        switch self {
        case .portInUse(let host, let port):
            return "port \(port) is already in use on \(host); stop the other server or choose another port with --port"
        case .permissionDenied(let host, let port):
            return "not allowed to listen on port \(port) on \(host); choose a port above 1023 with --port"
        case .cannotListen(let host, let port, let reason):
            return "cannot listen on \(host) port \(port): \(reason)"
        }
    }
}

import Hummingbird
import NIOCore

/// The request context of `sitegen serve`: Hummingbird's basics plus the connection's
/// channel, so an event stream can end the moment its connection closes.
struct ServeRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    /// The connection the request came on.
    let channel: any Channel

    init(source: ApplicationRequestContextSource) {
        coreContext = CoreRequestContextStorage(source: source)
        channel = source.channel
    }
}

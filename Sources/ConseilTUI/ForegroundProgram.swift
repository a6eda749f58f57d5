import ConseilCore

#if canImport(Glibc)
    import Glibc
#endif

/// Runs a terminal program ($EDITOR) in the terminal's foreground and waits for it. Foundation's
/// Process puts its child in a process group of its own, outside the terminal's foreground
/// group: `vi` or `nano` then stops (SIGTTIN/SIGTTOU) or ends at its first read or write of the
/// terminal. posix_spawn here keeps conseil's group, with the signals back to their defaults.
enum ForegroundProgram {
    /// Runs `/bin/sh -c SCRIPT NAME ARGUMENTS…` and returns its exit status.
    static func run(shell script: String, arguments: [String]) throws -> Int32 {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv: [UnsafeMutablePointer<CChar>?] =
            (["/bin/sh", "-c", script, "conseil-editor"] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        let started = posix_spawn(&pid, "/bin/sh", nil, &attributes, argv, environ)
        guard started == 0 else {
            throw ConseilError(
                fr: "l'éditeur ne démarre pas : \(String(cString: strerror(started)))",
                en: "the editor does not start: \(String(cString: strerror(started)))")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return status
    }
}

// The `hive` program: a launcher that answers `hive --version` itself and
// loads the command line tool (libhive-cli.so) for everything else.
//
// The tool links Qt, which brings some thirty shared libraries (ICU, glib,
// GSSAPI, ...) that the dynamic loader maps and relocates before main():
// about 17 ms on a 2-core machine. Scripts ask `hive --version` often, and it
// needs none of them. This file uses the C library alone.
#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dlfcn.h>
#include <unistd.h>
#ifdef __APPLE__
#include <mach-o/dyld.h>
#endif

namespace {

using CliMain = int (*)(int, char **);

// This program's folder, resolved, with a trailing slash; false when it
// cannot be told (no /proc): the library is then not looked for at all,
// rather than relative to the current folder.
bool ownFolder(char *out, size_t size)
{
    char path[PATH_MAX];
#ifdef __APPLE__
    uint32_t length = sizeof path;
    if (_NSGetExecutablePath(path, &length) != 0)
        return false;
#else
    const ssize_t n = readlink("/proc/self/exe", path, sizeof path - 1);
    if (n <= 0)
        return false;
    path[n] = '\0';
#endif
    char resolved[PATH_MAX];
    if (!realpath(path, resolved))
        return false;
    char *slash = std::strrchr(resolved, '/');
    if (!slash)
        return false;
    slash[1] = '\0';
    return std::snprintf(out, size, "%s", resolved) < static_cast<int>(size);
}

} // namespace

int main(int argc, char **argv)
{
    if (argc == 2 && std::strcmp(argv[1], "--version") == 0) {
        std::fputs("hive " HIVE_VERSION "\n", stdout);
        return 0;
    }

    // Installed, the library is in the package's private library folder;
    // in a build tree, beside this program.
    char folder[PATH_MAX];
    if (!ownFolder(folder, sizeof folder)) {
        std::fprintf(stderr,
                     "hive: cannot tell which folder it was started from (%s), so "
                     "cannot find its command line library\n",
                     std::strerror(errno));
        return 127;
    }
    const char *const places[] = {HIVE_CLI_LIBRARY_FROM_BIN "/libhive-cli.so", "libhive-cli.so"};
    void *library = nullptr;
    char tried[PATH_MAX] = "";
    char why[512] = "not found";
    for (const char *place : places) {
        char path[PATH_MAX];
        if (std::snprintf(path, sizeof path, "%s%s", folder, place) >=
            static_cast<int>(sizeof path))
            continue;
        if (access(path, F_OK) != 0) {
            if (!tried[0])
                std::snprintf(tried, sizeof tried, "%s", path);
            continue;
        }
        std::snprintf(tried, sizeof tried, "%s", path);
        library = dlopen(path, RTLD_NOW | RTLD_LOCAL);
        if (library)
            break;
        const char *error = dlerror();
        std::snprintf(why, sizeof why, "%s", error ? error : std::strerror(errno));
    }
    if (!library) {
        std::fprintf(stderr,
                     "hive: cannot load its command line library %s: %s\n"
                     "Reinstall hive-studio (or rebuild: cmake --build --preset release).\n",
                     tried, why);
        return 127;
    }
    void *entry = dlsym(library, "hive_cli_main");
    if (!entry) {
        std::fprintf(stderr, "hive: %s is not hive's command line library (no hive_cli_main)\n",
                     tried);
        return 127;
    }
    CliMain cliMain;
    static_assert(sizeof cliMain == sizeof entry, "a function pointer fits in a data pointer");
    std::memcpy(&cliMain, &entry, sizeof cliMain);
    return cliMain(argc, argv);
}

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
#include <cstring>
#include <dlfcn.h>
#include <unistd.h>
#ifdef __APPLE__
#include <mach-o/dyld.h>
#endif

namespace {

using CliMain = int (*)(int, char **);

// This program's folder with a trailing slash, or "" when it cannot be told.
void ownFolder(char *out, size_t size)
{
    out[0] = '\0';
#ifdef __APPLE__
    uint32_t length = static_cast<uint32_t>(size);
    if (_NSGetExecutablePath(out, &length) != 0)
        out[0] = '\0';
#else
    const ssize_t n = readlink("/proc/self/exe", out, size - 1);
    out[n > 0 ? n : 0] = '\0';
#endif
    char *slash = std::strrchr(out, '/');
    if (slash)
        slash[1] = '\0';
    else
        out[0] = '\0';
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
    ownFolder(folder, sizeof folder);
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

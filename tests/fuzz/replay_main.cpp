// Runs a libFuzzer harness over saved inputs without libFuzzer: every file
// of the directories (and every file) given as arguments, in name order, once.
// A crash or a sanitizer report fails the run; so does an argument that does
// not exist. Files whose name starts with "." or is README* are skipped, so
// that an empty regression directory can keep a placeholder.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <system_error>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
extern "C" __attribute__((weak)) int LLVMFuzzerInitialize(int *argc, char ***argv);

namespace {

bool isInput(const std::filesystem::path &path)
{
    const std::string name = path.filename().string();
    return !name.empty() && name.front() != '.' && name.rfind("README", 0) != 0;
}

bool replay(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "replay: cannot read %s\n", path.c_str());
        return false;
    }
    const std::vector<char> bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    // A copy of exactly `size` bytes, as libFuzzer passes it: reading past the end is an ASan error.
    std::vector<uint8_t> data(bytes.begin(), bytes.end());
    LLVMFuzzerTestOneInput(data.empty() ? nullptr : data.data(), data.size());
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (LLVMFuzzerInitialize)
        LLVMFuzzerInitialize(&argc, &argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s DIR_OR_FILE...\n", argv[0]);
        return 2;
    }
    int count = 0;
    for (int i = 1; i < argc; ++i) {
        const std::filesystem::path arg(argv[i]);
        std::error_code ec;
        if (std::filesystem::is_regular_file(arg, ec)) {
            if (!replay(arg))
                return 1;
            ++count;
            continue;
        }
        if (!std::filesystem::is_directory(arg, ec)) {
            std::fprintf(stderr, "replay: %s is neither a file nor a directory\n", argv[i]);
            return 1;
        }
        std::vector<std::filesystem::path> files;
        for (const auto &entry : std::filesystem::directory_iterator(arg)) {
            if (entry.is_regular_file() && isInput(entry.path()))
                files.push_back(entry.path());
        }
        std::sort(files.begin(), files.end());
        for (const auto &file : files) {
            std::fprintf(stderr, "replay: %s\n", file.c_str());
            if (!replay(file))
                return 1;
            ++count;
        }
    }
    std::printf("replayed %d inputs\n", count);
    return 0;
}

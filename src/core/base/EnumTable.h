#pragma once
// One table per enumeration: each row holds a value, its id (files, command line,
// settings), its label (UI) and optionally a key (the viewer's shortcut), so the
// parser, the usage text, the error messages, the key bindings and the UI all
// read the same list. A table is a constexpr array of rows with at least the
// members `value`, `id` and `label`, in enum order.
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace backrub {

template <typename E>
struct EnumRow {
    E value;
    const char* id;     // "back", "live", "moderate"
    const char* label;  // "Back", "Live pressure", "Moderate"
    char key = 0;       // viewer shortcut, 0 = none
};

template <typename Row, std::size_t N>
auto enumFromId(const std::array<Row, N>& table, const std::string& id) -> std::optional<decltype(table[0].value)> {
    for (const Row& r : table)
        if (id == r.id) return r.value;
    return std::nullopt;
}

// The row of a value; the first row for a value not in the table.
template <typename Row, std::size_t N, typename E>
const Row& enumRow(const std::array<Row, N>& table, E value) {
    for (const Row& r : table)
        if (r.value == value) return r;
    return table[0];
}

template <typename Row, std::size_t N, typename E>
const char* enumId(const std::array<Row, N>& table, E value) { return enumRow(table, value).id; }

template <typename Row, std::size_t N, typename E>
const char* enumLabel(const std::array<Row, N>& table, E value) { return enumRow(table, value).label; }

// The row index of a value; 0 for a value not in the table.
template <typename Row, std::size_t N, typename E>
long enumIndex(const std::array<Row, N>& table, E value) {
    for (std::size_t i = 0; i < N; ++i)
        if (table[i].value == value) return static_cast<long>(i);
    return 0;
}

// The value `delta` rows away in table order, wrapping around (cycling a mode).
template <typename Row, std::size_t N, typename E>
E enumCycle(const std::array<Row, N>& table, E value, int delta) {
    const long n = static_cast<long>(N);
    return table[static_cast<std::size_t>(((enumIndex(table, value) + delta) % n + n) % n)].value;
}

// The value `delta` rows away in table order, held at the first and last rows (a level).
template <typename Row, std::size_t N, typename E>
E enumStep(const std::array<Row, N>& table, E value, int delta) {
    const long at = enumIndex(table, value) + delta, last = static_cast<long>(N) - 1;
    return table[static_cast<std::size_t>(at < 0 ? 0 : at > last ? last : at)].value;
}

// The value whose key is `key`, if any.
template <typename Row, std::size_t N>
auto enumFromKey(const std::array<Row, N>& table, char key) -> std::optional<decltype(table[0].value)> {
    for (const Row& r : table)
        if (key != 0 && r.key == key) return r.value;
    return std::nullopt;
}

// Every id, in table order (for readers that check a value against a list).
template <typename Row, std::size_t N>
std::vector<std::string> enumIds(const std::array<Row, N>& table) {
    std::vector<std::string> out;
    for (const Row& r : table) out.emplace_back(r.id);
    return out;
}

// "back|left|right" for usage lines.
template <typename Row, std::size_t N>
std::string enumIdsJoined(const std::array<Row, N>& table, const char* separator = "|") {
    std::string out;
    for (std::size_t i = 0; i < N; ++i) out += (i ? separator : "") + std::string(table[i].id);
    return out;
}

// "back, left or right" for messages.
template <typename Row, std::size_t N>
std::string enumIdsInWords(const std::array<Row, N>& table) {
    std::string out;
    for (std::size_t i = 0; i < N; ++i) out += (i == 0 ? "" : i + 1 == N ? " or " : ", ") + std::string(table[i].id);
    return out;
}

}  // namespace backrub

// A flat, read-mostly hash map from short strings (folded words and
// phrases) to 32-bit values, for the lexicon lookups on the grammar's hot
// path.
//
//   WordMap map;
//   map.Insert("said", 3);
//   if (const uint32_t* v = map.Find(word)) …
//
// Open addressing with linear probing over one array of slots; keys live in
// one string pool, so a lookup touches one or two cache lines and allocates
// nothing. The hash is a cheap multiply-mix over 8-byte loads, enough for
// lexicon keys (it is not meant to resist adversarial keys: the table only
// holds lexicon entries, never input text).
//
// Thread-safety: Find is const and may run on many threads once filling has
// finished; Insert is not thread-safe.
#ifndef WHOSAID_GRAMMAR_WORD_MAP_HPP_
#define WHOSAID_GRAMMAR_WORD_MAP_HPP_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace whosaid::grammar {

class WordMap {
 public:
  // Returns the value of `key`, or nullptr.
  const uint32_t* Find(std::string_view key) const {
    if (size_ == 0) return nullptr;
    // Most words asked about are in no table: the filter turns most of
    // them away before the hash, which costs more than the rest together.
    const size_t bit = FilterBit(key);
    if (!((filter_[bit / 64] >> (bit % 64)) & 1u)) return nullptr;
    const uint64_t h = Hash(key);
    const auto tag = static_cast<uint32_t>(h >> 32);
    for (size_t i = h & mask_;; i = (i + 1) & mask_) {
      const Slot& slot = slots_[i];
      if (slot.length == kEmpty) return nullptr;
      if (slot.tag == tag && slot.length == key.size() &&
          std::memcmp(pool_.data() + slot.offset, key.data(), key.size()) ==
              0) {
        return &slot.value;
      }
    }
  }
  bool Contains(std::string_view key) const { return Find(key) != nullptr; }

  // Inserts `key` with `value`; an existing key keeps its first value.
  // Returns false when the key was already present.
  bool Insert(std::string_view key, uint32_t value) {
    if (Find(key)) return false;
    if ((size_ + 1) * 2 > slots_.size()) Grow();
    Place(key, static_cast<uint32_t>(pool_.size()), value);
    pool_.append(key);
    const size_t bit = FilterBit(key);
    filter_[bit / 64] |= uint64_t{1} << (bit % 64);
    ++size_;
    return true;
  }

  size_t size() const { return size_; }

 private:
  static constexpr uint32_t kEmpty = 0xFFFFFFFF;
  struct Slot {
    uint32_t tag = 0;
    uint32_t length = kEmpty;
    uint32_t offset = 0;
    uint32_t value = 0;
  };

  // A bit per (length, first byte, last byte) of the keys: a key's bit is
  // always set, so a clear bit proves a string absent. 8192 bits keep a
  // table of a few thousand keys selective.
  static constexpr size_t kFilterBits = 8192;
  static size_t FilterBit(std::string_view s) {
    if (s.empty()) return 0;
    const auto first = static_cast<unsigned char>(s.front());
    const auto last = static_cast<unsigned char>(s.back());
    return (s.size() * 1031 + first * 67 + last) % kFilterBits;
  }

  static uint64_t Hash(std::string_view s) {
    uint64_t h = 0x9E3779B97F4A7C15ull ^ (s.size() * 0xff51afd7ed558ccdull);
    const char* p = s.data();
    size_t n = s.size();
    while (n >= 8) {
      uint64_t v;
      std::memcpy(&v, p, 8);
      h = (h ^ v) * 0xc4ceb9fe1a85ec53ull;
      h ^= h >> 31;
      p += 8;
      n -= 8;
    }
    uint64_t v = 0;
    if (n != 0) std::memcpy(&v, p, n);  // p may be null when n is 0
    h = (h ^ v) * 0xff51afd7ed558ccdull;
    h ^= h >> 29;
    h *= 0xc4ceb9fe1a85ec53ull;
    return h ^ (h >> 32);
  }

  void Place(std::string_view key, uint32_t offset, uint32_t value) {
    const uint64_t h = Hash(key);
    size_t i = h & mask_;
    while (slots_[i].length != kEmpty) i = (i + 1) & mask_;
    slots_[i] = {static_cast<uint32_t>(h >> 32),
                 static_cast<uint32_t>(key.size()), offset, value};
  }

  void Grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 16 : old.size() * 2, Slot{});
    mask_ = slots_.size() - 1;
    for (const Slot& slot : old) {
      if (slot.length == kEmpty) continue;
      Place(std::string_view(pool_.data() + slot.offset, slot.length),
            slot.offset, slot.value);
    }
  }

  std::vector<Slot> slots_;
  size_t mask_ = 0;
  size_t size_ = 0;
  std::string pool_;
  uint64_t filter_[kFilterBits / 64] = {};
};

}  // namespace whosaid::grammar

#endif  // WHOSAID_GRAMMAR_WORD_MAP_HPP_

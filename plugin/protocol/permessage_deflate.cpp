#include "protocol/permessage_deflate.h"

#include <zlib.h>

#include <algorithm>
#include <cstring>
#include <set>
#include <vector>

namespace ws {

namespace {

constexpr unsigned char kTail[4] = {0x00, 0x00, 0xff, 0xff};
constexpr size_t kChunk = 16 * 1024;

std::string_view trim(std::string_view text) {
  size_t start = text.find_first_not_of(" \t");
  if (start == std::string_view::npos) return {};
  size_t end = text.find_last_not_of(" \t");
  return text.substr(start, end - start + 1);
}

bool equalsIgnoringCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return std::tolower(x) == std::tolower(y); });
}

// Splits on `separator` outside double quotes.
std::vector<std::string_view> split(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  bool quoted = false;
  size_t start = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '"') quoted = !quoted;
    if (text[i] == separator && !quoted) {
      parts.push_back(trim(text.substr(start, i - start)));
      start = i + 1;
    }
  }
  parts.push_back(trim(text.substr(start)));
  return parts;
}

// A window-bits value: 8 to 15, digits only (a quoted form allowed, §7.1.2: "as a token or quoted-string").
std::optional<int> windowBits(std::string_view value) {
  if (value.size() >= 2 && value.front() == '"' && value.back() == '"') value = value.substr(1, value.size() - 2);
  if (value.empty() || value.size() > 2 || value.front() == '0') return std::nullopt;
  int bits = 0;
  for (char c : value) {
    if (c < '0' || c > '9') return std::nullopt;
    bits = bits * 10 + (c - '0');
  }
  if (bits < 8 || bits > 15) return std::nullopt;
  return bits;
}

struct Offer {
  bool serverNoContextTakeover = false;
  bool clientNoContextTakeover = false;
  std::optional<int> serverMaxWindowBits;
  bool clientMaxWindowBitsOffered = false;
  std::optional<int> clientMaxWindowBits;
};

// The offer's parameters, or none when one is unknown, repeated or ill-valued.
std::optional<Offer> readOffer(const std::vector<std::string_view>& parameters) {
  Offer offer;
  std::set<std::string> seen;
  for (size_t i = 1; i < parameters.size(); ++i) {
    std::string_view parameter = parameters[i];
    size_t equals = parameter.find('=');
    std::string name(trim(parameter.substr(0, equals)));
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
    std::optional<std::string_view> value;
    if (equals != std::string_view::npos) value = trim(parameter.substr(equals + 1));
    if (!seen.insert(name).second) return std::nullopt;
    if (name == "server_no_context_takeover" && !value) {
      offer.serverNoContextTakeover = true;
    } else if (name == "client_no_context_takeover" && !value) {
      offer.clientNoContextTakeover = true;
    } else if (name == "server_max_window_bits" && value) {
      if (!(offer.serverMaxWindowBits = windowBits(*value))) return std::nullopt;
    } else if (name == "client_max_window_bits") {
      offer.clientMaxWindowBitsOffered = true;
      if (value && !(offer.clientMaxWindowBits = windowBits(*value))) return std::nullopt;
    } else {
      return std::nullopt;
    }
  }
  return offer;
}

std::optional<DeflateAgreement> accept(const Offer& offer, const DeflateOptions& options) {
  DeflateAgreement agreed;
  agreed.serverNoContextTakeover = offer.serverNoContextTakeover || options.serverNoContextTakeover;
  agreed.clientNoContextTakeover = offer.clientNoContextTakeover || options.clientNoContextTakeover;
  agreed.serverMaxWindowBits = std::min(options.serverMaxWindowBits, offer.serverMaxWindowBits.value_or(15));
  // zlib compresses with a window of 9 bits at least: an offer of 8 cannot be honoured, so it is declined.
  if (agreed.serverMaxWindowBits < 9) return std::nullopt;
  // The client's window can be limited only when it said it can honour that (§7.1.2.2); inflating with the
  // full window reads any smaller one, so its absence costs memory, never correctness.
  if (offer.clientMaxWindowBitsOffered)
    agreed.clientMaxWindowBits = std::min(options.clientMaxWindowBits, offer.clientMaxWindowBits.value_or(15));
  std::string& header = agreed.responseHeader;
  header = "permessage-deflate";
  if (agreed.serverNoContextTakeover) header += "; server_no_context_takeover";
  if (agreed.clientNoContextTakeover) header += "; client_no_context_takeover";
  if (offer.serverMaxWindowBits || agreed.serverMaxWindowBits < 15)
    header += "; server_max_window_bits=" + std::to_string(agreed.serverMaxWindowBits);
  if (offer.clientMaxWindowBitsOffered && agreed.clientMaxWindowBits < offer.clientMaxWindowBits.value_or(15))
    header += "; client_max_window_bits=" + std::to_string(agreed.clientMaxWindowBits);
  return agreed;
}

}  // namespace

std::optional<DeflateAgreement> negotiateDeflate(std::string_view offers, const DeflateOptions& options) {
  for (std::string_view offer : split(offers, ',')) {
    std::vector<std::string_view> parameters = split(offer, ';');
    if (!equalsIgnoringCase(parameters.front(), "permessage-deflate")) continue;
    if (auto read = readOffer(parameters))
      if (auto agreed = accept(*read, options)) return agreed;
  }
  return std::nullopt;
}

std::optional<DeflateAgreement> readDeflateAnswer(std::string_view answer) {
  std::vector<std::string_view> extensions = split(answer, ',');
  if (extensions.size() != 1) return std::nullopt;
  std::vector<std::string_view> parameters = split(extensions.front(), ';');
  if (!equalsIgnoringCase(parameters.front(), "permessage-deflate")) return std::nullopt;
  // An answer has an offer's parameters, but its client_max_window_bits must carry a value (§7.1.2.2).
  std::optional<Offer> read = readOffer(parameters);
  if (!read || (read->clientMaxWindowBitsOffered && !read->clientMaxWindowBits)) return std::nullopt;
  DeflateAgreement agreed;
  agreed.serverNoContextTakeover = read->serverNoContextTakeover;
  agreed.clientNoContextTakeover = read->clientNoContextTakeover;
  agreed.serverMaxWindowBits = read->serverMaxWindowBits.value_or(15);
  agreed.clientMaxWindowBits = read->clientMaxWindowBits.value_or(15);
  agreed.responseHeader = std::string(answer);
  return agreed;
}

struct MessageDeflater::Stream {
  z_stream z{};
  explicit Stream(int windowBits) {
    if (deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -windowBits, 8, Z_DEFAULT_STRATEGY) != Z_OK)
      throw std::bad_alloc();
  }
  ~Stream() { deflateEnd(&z); }
};

MessageDeflater::MessageDeflater(int windowBits, bool noContextTakeover)
    : windowBits_(windowBits), noContextTakeover_(noContextTakeover) {}

MessageDeflater::~MessageDeflater() = default;

MessageDeflater::Stream& MessageDeflater::stream() {
  if (!noContextTakeover_) {
    if (!stream_) stream_ = std::make_unique<Stream>(windowBits_);
    return *stream_;
  }
  // Without context takeover a message owes nothing to the previous ones, so every connection of a thread can
  // share one compressor per window size, as uWebSockets does: an idle connection then holds no zlib state.
  thread_local std::unique_ptr<Stream> shared[16];
  auto& stream = shared[windowBits_];
  if (!stream) stream = std::make_unique<Stream>(windowBits_);
  return *stream;
}

void MessageDeflater::compress(std::string_view message, std::string& out) {
  z_stream& z = stream().z;
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(message.data()));
  z.avail_in = static_cast<uInt>(message.size());
  const size_t start = out.size();
  do {
    size_t before = out.size();
    out.resize(before + std::max(kChunk, deflateBound(&z, z.avail_in)));
    z.next_out = reinterpret_cast<Bytef*>(out.data() + before);
    z.avail_out = static_cast<uInt>(out.size() - before);
    deflate(&z, Z_SYNC_FLUSH);
    out.resize(out.size() - z.avail_out);
  } while (z.avail_in > 0 || z.avail_out == 0);
  // A sync flush ends with an empty stored block, 00 00 FF FF, which the wire leaves out (§7.2.1).
  if (out.size() - start >= 4 && std::memcmp(out.data() + out.size() - 4, kTail, 4) == 0) out.resize(out.size() - 4);
  if (noContextTakeover_) deflateReset(&z);
}

struct MessageInflater::Stream {
  z_stream z{};
  Stream() {
    if (inflateInit2(&z, -15) != Z_OK) throw std::bad_alloc();
  }
  ~Stream() { inflateEnd(&z); }
};

MessageInflater::MessageInflater(bool noContextTakeover) : noContextTakeover_(noContextTakeover) {}

MessageInflater::~MessageInflater() = default;

MessageInflater::Result MessageInflater::inflate(std::string_view compressed, bool last, std::string& out,
                                                 size_t limit) {
  if (!stream_) stream_ = std::make_unique<Stream>();
  Result result = run(reinterpret_cast<const unsigned char*>(compressed.data()), compressed.size(), out, limit);
  if (result == Result::Ok && last) result = run(kTail, sizeof kTail, out, limit);
  if (result != Result::Ok || (last && noContextTakeover_)) stream_.reset();
  return result;
}

MessageInflater::Result MessageInflater::run(const unsigned char* data, size_t size, std::string& out,
                                             size_t limit) {
  z_stream& z = stream_->z;
  z.next_in = const_cast<Bytef*>(data);
  z.avail_in = static_cast<uInt>(size);
  for (;;) {
    // Never more output at a time than what would pass the limit by one byte.
    const size_t room = std::min(kChunk, limit - std::min(limit, out.size()) + 1);
    const size_t before = out.size();
    out.resize(before + room);
    z.next_out = reinterpret_cast<Bytef*>(out.data() + before);
    z.avail_out = static_cast<uInt>(room);
    int status = ::inflate(&z, Z_SYNC_FLUSH);
    out.resize(out.size() - z.avail_out);
    if (out.size() > limit) return Result::TooBig;
    if (status == Z_STREAM_END) {
      // A client may end its DEFLATE stream (a final block); what follows starts a new one.
      inflateReset(&z);
      if (z.avail_in == 0) return Result::Ok;
      continue;
    }
    if (status != Z_OK && status != Z_BUF_ERROR) return Result::Corrupt;
    if (z.avail_in == 0 && z.avail_out > 0) return Result::Ok;
    if (status == Z_BUF_ERROR && z.avail_in == 0) return Result::Ok;
  }
}

}  // namespace ws

#pragma once

#include <Poco/Net/HTTPRequest.h>

#include <filesystem>

#include "web/http_answer.h"

namespace wsplugin {

// GET and HEAD of the root folder's files; 404 when missing or outside the root, 405 for other methods.
HttpAnswer answerStaticRequest(const std::filesystem::path& root, const Poco::Net::HTTPRequest& request);

}  // namespace wsplugin

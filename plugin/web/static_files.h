#pragma once

#include <Poco/Net/HTTPRequest.h>

#include <filesystem>

#include "web/http_answer.h"
#include "web/web_settings.h"

namespace wsplugin {

// GET and HEAD of the root folder's files ("/" the default home page); 404 when missing or outside the root, 405
// for other methods.
HttpAnswer answerStaticRequest(const WebSettings& settings, const Poco::Net::HTTPRequest& request);

}  // namespace wsplugin

// Evaluating a parsed query (query_parser.h) against one collection element.
#pragma once

#include "builtins/query_parser.h"
#include "values/value.h"

namespace fourd {

// True when `element`, an object, meets `condition`; an element that is not an object meets nothing (the query
// functions select "elements of a collection of objects", developer.4d.com/docs/API/CollectionClass#query).
bool queryMatches(const QueryNode& condition, const Value& element);

}  // namespace fourd

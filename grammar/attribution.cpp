#include "grammar/attribution_def.hpp"
#include "grammar/config.hpp"

namespace whosaid::grammar::parser {
BOOST_SPIRIT_INSTANTIATE(attribution_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(subject_type, iterator_type, context_type)
}  // namespace whosaid::grammar::parser

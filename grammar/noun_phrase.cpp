#include "grammar/config.hpp"
#include "grammar/noun_phrase_def.hpp"

namespace whosaid::grammar::parser {
BOOST_SPIRIT_INSTANTIATE(source_np_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(cited_np_type, iterator_type, context_type)
}  // namespace whosaid::grammar::parser

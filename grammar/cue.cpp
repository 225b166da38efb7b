#include "grammar/config.hpp"
#include "grammar/cue_def.hpp"

namespace whosaid::grammar::parser {
BOOST_SPIRIT_INSTANTIATE(speech_cue_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(weak_speech_cue_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(tell_cue_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(describe_cue_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(agentless_cue_type, iterator_type, context_type)
}  // namespace whosaid::grammar::parser

/** Registers the projector view of every exercise kind (`<mw-<kind>-screen>`). */
import '../choice/views/mw-choice-screen.ts';
import '../scale/views/mw-scale-screen.ts';
import '../feedback/views/mw-feedback-screen.ts';
import '../open/views/mw-open-screen.ts';
import '../roleplay/views/mw-roleplay-screen.ts';
import '../sort/views/mw-sort-screen.ts';
import '../stylequiz/views/mw-stylequiz-screen.ts';

/** Registers the projector view of every exercise kind (`<mw-<kind>-screen>`). */
import './choice/mw-choice-screen.ts';
import './scale/mw-scale-screen.ts';
import './feedback/mw-feedback-screen.ts';
import './open/mw-open-screen.ts';
import './roleplay/mw-roleplay-screen.ts';
import './sort/mw-sort-screen.ts';
import './style-quiz/mw-stylequiz-screen.ts';

//! Yew glue for the page's reducer: `State` (in [`crate::page::state`], platform-neutral)
//! becomes a `Reducible` whose `reduce` is [`State::apply`].

pub use crate::page::state::*;
use std::rc::Rc;
use yew::Reducible;

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        self.apply(action)
    }
}

//! App state and the reducer. Every change of state is an [`Action`].

use crate::engine::i18n::Lang;
use std::rc::Rc;
use yew::Reducible;

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub lang: Lang,
}

impl State {
    pub fn new(lang: Lang) -> State {
        State { lang }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetLang(Lang),
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::SetLang(lang) => {
                if lang == self.lang {
                    return self;
                }
                Rc::new(State { lang, ..(*self).clone() })
            }
        }
    }
}

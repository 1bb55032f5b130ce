import { render } from "preact";
import browser from "webextension-polyfill";
import { t } from "../shared/i18n";
import { OptionsApp } from "./OptionsApp";

document.title = t("optionsTitle");
document.documentElement.lang = browser.i18n.getUILanguage();
render(<OptionsApp storage={browser.storage} />, document.getElementById("app")!);

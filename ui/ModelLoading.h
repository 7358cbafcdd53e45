#pragma once

namespace duedesk {

// When a view model reads the book: at once, or only once its page is first shown (activate()), so that
// opening DueDesk on a large book costs only what the first page needs. Until then refresh() does nothing.
enum class ModelLoading { Now, WhenShown };

} // namespace duedesk

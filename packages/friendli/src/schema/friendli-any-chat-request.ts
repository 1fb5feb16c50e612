import type { FriendliChatRequest } from './friendli-chat-request'
import type { FriendliToolAssistedChatRequest } from './friendli-tool-assisted-chat-request'

/** Either request body, read field by field: the fields one product lacks are simply absent. */
export type FriendliAnyChatRequest = Omit<FriendliChatRequest, 'tools' | 'model'> &
  Pick<FriendliToolAssistedChatRequest, 'tools' | 'resume_generation'> & {
    model?: string | null
  }
